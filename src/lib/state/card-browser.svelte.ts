/** The card browser: every card with its state, a query over them, a selection and undoable bulk actions. */
import { SvelteSet } from 'svelte/reactivity';
import {
	applyCardAction,
	undoCardAction,
	type CardAction,
	type CardActionUndo,
	type UndoOutcome
} from '$lib/data/card-browser-repository';
import { EMPTY_QUERY, queryCards, type BrowseCard, type BrowseQuery } from '$lib/domain/browser/card-query';
import { endOfStudyDay } from '$lib/domain/scheduling/study-day';
import type { SchedulerSettings } from '$lib/domain/scheduling/types';
import { loadBrowserData, type BrowserDeck } from './browse-data';

/** Cards drawn at first and added by each "show more". */
export const PAGE_SIZE = 50;

export class CardBrowser {
	#cards = $state.raw<BrowseCard[] | null>(null);
	#decks = $state.raw<BrowserDeck[]>([]);
	#settings: SchedulerSettings | null = null;
	#now = 0;
	#query = $state.raw<BrowseQuery>(EMPTY_QUERY);
	#deckId = $state('');
	#shown = $state(PAGE_SIZE);
	readonly #selected = new SvelteSet<string>();
	#undo = $state.raw<CardActionUndo | null>(null);
	readonly #clock: () => number;

	constructor(clock: () => number) {
		this.#clock = clock;
	}

	readonly results = $derived(
		this.#cards ? queryCards(this.#cards, this.#query, this.#now, this.leechThreshold) : []
	);
	readonly shown = $derived(this.results.slice(0, this.#shown));

	get loaded(): boolean {
		return this.#cards !== null;
	}
	get decks(): readonly BrowserDeck[] {
		return this.#decks;
	}
	get query(): BrowseQuery {
		return this.#query;
	}
	get deckId(): string {
		return this.#deckId;
	}
	/** epoch ms at which states were read */
	get now(): number {
		return this.#now;
	}
	/** lapses that make a leech */
	get leechThreshold(): number {
		return this.#settings?.leechThreshold ?? 8;
	}
	get selected(): ReadonlySet<string> {
		return this.#selected;
	}
	/** The last action, while it can still be undone. */
	get lastAction(): CardActionUndo | null {
		return this.#undo;
	}

	/** Reads the content, the custom decks and every stored card. */
	async load(): Promise<void> {
		const { decks, cards, settings } = await loadBrowserData(this.#clock());
		this.#settings = settings;
		this.#now = cards.now;
		this.#decks = decks;
		this.#cards = cards.list;
	}

	/** Changes the query; the deck is chosen by id. Shows the first page again. */
	setQuery(change: Partial<Omit<BrowseQuery, 'deck'>> & { deckId?: string }): void {
		const { deckId, ...rest } = change;
		if (deckId !== undefined) this.#deckId = deckId;
		const deck = this.#decks.find((d) => d.id === this.#deckId)?.cardIds ?? null;
		this.#query = { ...this.#query, ...rest, deck };
		this.#shown = PAGE_SIZE;
	}

	showMore(): void {
		this.#shown += PAGE_SIZE;
	}

	toggle(id: string): void {
		if (!this.#selected.delete(id)) this.#selected.add(id);
	}

	/** Selects every card the query found, or clears the selection when all are selected already. */
	toggleAll(): void {
		const all = this.results.map((c) => c.id);
		const every = all.every((id) => this.#selected.has(id));
		this.#selected.clear();
		if (!every) for (const id of all) this.#selected.add(id);
	}

	/** Applies an action to the selection in one transaction and reloads. */
	async act(action: CardAction): Promise<void> {
		if (this.#selected.size === 0 || !this.#settings) return;
		const now = this.#clock();
		const ids = this.results.filter((c) => this.#selected.has(c.id)).map((c) => c.id);
		this.#undo = await applyCardAction(ids, action, now, endOfStudyDay(now, this.#settings.dayRolloverHour));
		await this.#reload();
	}

	/** Takes the last action back for every card nothing has changed since. */
	async undo(): Promise<UndoOutcome | null> {
		const last = this.#undo;
		if (!last) return null;
		const outcome = await undoCardAction(last);
		this.#undo = null;
		await this.#reload();
		return outcome;
	}

	async #reload(): Promise<void> {
		const query = this.#query;
		await this.load();
		this.#query = query;
	}
}
