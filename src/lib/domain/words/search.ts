import { pinyinMatchStart } from '../pinyin/search';

/** What the word list needs to know about a word to find it. */
export interface SearchableWord {
	hanzi: string;
	pinyin: readonly string[];
	gloss: string;
	forms: readonly string[];
	level: string;
	pos: string;
	tags: readonly string[];
}

export interface WordFilter {
	query: string;
	/** CEFR levels to keep; empty keeps all. */
	levels: readonly string[];
	/** Parts of speech to keep; empty keeps all. */
	pos: readonly string[];
	/** Keep words carrying this tag; '' keeps all. */
	tag?: string;
}

const HAN = /\p{Script=Han}/u;

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Ranks words against one query (0 is the best match; undefined means no match), its patterns built once. */
function ranker(query: string): (word: SearchableWord) => number | undefined {
	const q = query.trim();
	if (q === '') return () => 0;
	if (HAN.test(q))
		return (word) => {
			if (word.hanzi === q) return 0;
			if (word.hanzi.startsWith(q)) return 1;
			return word.hanzi.includes(q) ? 2 : undefined;
		};
	const lower = q.toLowerCase();
	const wordStart = new RegExp(`\\b${escapeRegExp(lower)}`);
	return (word) => {
		if (word.forms.some((f) => f.toLowerCase() === lower)) return 0;
		const start = pinyinMatchStart(word.pinyin, q, word.hanzi);
		if (start >= 0) return start === 0 ? 1 : 2;
		const gloss = word.gloss.toLowerCase();
		const senses = gloss.split(/[;,(]/).map((s) => s.trim().replace(/^(?:to|a|an|the) /, ''));
		if (senses.some((s) => s.startsWith(lower))) return 3;
		if (wordStart.test(gloss)) return 4;
		return gloss.includes(lower) || word.forms.some((f) => f.toLowerCase().includes(lower)) ? 5 : undefined;
	};
}

/** Filters by level and part of speech, then finds by hanzi, English or pinyin, best matches first. */
export function searchWords<W extends SearchableWord>(words: readonly W[], filter: WordFilter): W[] {
	const ranked: { word: W; rank: number; index: number }[] = [];
	const rank = ranker(filter.query);
	words.forEach((word, index) => {
		if (filter.levels.length > 0 && !filter.levels.includes(word.level)) return;
		if (filter.pos.length > 0 && !filter.pos.includes(word.pos)) return;
		if (filter.tag && !word.tags.includes(filter.tag)) return;
		const r = rank(word);
		if (r !== undefined) ranked.push({ word, rank: r, index });
	});
	return ranked
		.sort((a, b) => a.rank - b.rank || a.word.hanzi.length - b.word.hanzi.length || a.index - b.index)
		.map((r) => r.word);
}
