import { LEVELS, PARTS_OF_SPEECH, TAGS, type Level, type PartOfSpeech } from '$lib/content/schema';
import type { WordFilter } from '$lib/domain/words/search';
import { SvelteURLSearchParams } from 'svelte/reactivity';

/** The word list's search and filters, readable from and writable to the page's query string. */
export class WordFilterState implements WordFilter {
	query = $state('');
	levels = $state<Level[]>([]);
	pos = $state<PartOfSpeech[]>([]);
	tag = $state('');

	get active(): boolean {
		return this.query !== '' || this.levels.length > 0 || this.pos.length > 0 || this.tag !== '';
	}

	toggleLevel(level: Level): void {
		this.levels = this.levels.includes(level)
			? this.levels.filter((l) => l !== level)
			: [...this.levels, level];
	}

	clear(): void {
		this.query = '';
		this.levels = [];
		this.pos = [];
		this.tag = '';
	}

	/** Reads ?q=&level=&pos=&tag=, ignoring values that are not real levels, parts of speech or tags. */
	readSearch(params: URLSearchParams): void {
		this.query = (params.get('q') ?? '').slice(0, 100);
		this.levels = params.getAll('level').filter((l): l is Level => (LEVELS as readonly string[]).includes(l));
		this.pos = params
			.getAll('pos')
			.filter((p): p is PartOfSpeech => (PARTS_OF_SPEECH as readonly string[]).includes(p));
		const tag = params.get('tag') ?? '';
		this.tag = (TAGS as readonly string[]).includes(tag) ? tag : '';
	}

	toSearch(): string {
		const params = new SvelteURLSearchParams();
		if (this.query) params.set('q', this.query);
		this.levels.forEach((l) => params.append('level', l));
		this.pos.forEach((p) => params.append('pos', p));
		if (this.tag) params.set('tag', this.tag);
		const s = params.toString();
		return s ? `?${s}` : '';
	}
}
