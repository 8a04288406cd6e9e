/** The card browser: a query over every card, one page of it on screen, a selection and undoable bulk actions. */
import { SvelteSet } from 'svelte/reactivity';
import type { CardActionUndo, UndoOutcome } from '$lib/data/card-browser-repository';
import type { CardAction } from '$lib/domain/browser/card-actions';
import { unstoredIds } from '../loaders/card-reads';

export { CARD_ACTIONS, type CardAction } from '$lib/domain/browser/card-actions';
import { EMPTY_QUERY, type BrowseCard, type BrowseQuery } from '$lib/domain/browser/card-query';
import { endOfStudyDay } from '$lib/domain/scheduling/study-day';
import type { SchedulerSettings } from '$lib/domain/scheduling/types';
import { loadBrowseCatalog, type BrowseCatalog, type BrowserDeck } from '../loaders/browse-data';
import { cardIdsFound, cardPage, cardsMatching, withoutIds, type PageContext } from '../loaders/card-pages';

/** Cards drawn at first and added by each "show more". */
export const PAGE_SIZE = 50;

export class CardBrowser {
	#catalog = $state.raw<BrowseCatalog | null>(null);
	#unstored: readonly string[] = [];
	#settings: SchedulerSettings | null = null;
	#now = 0;
	#query = $state.raw<BrowseQuery>(EMPTY_QUERY);
	#deckId = $state('');
	#limit = PAGE_SIZE;
	#total = $state(0);
	#shown = $state.raw<BrowseCard[]>([]);
	#loaded = $state(false);
	/** counts reads, so an answer to an older query never replaces a newer one */
	#reads = 0;
	readonly #selected = new SvelteSet<string>();
	#undo = $state.raw<CardActionUndo | null>(null);
	readonly #clock: () => number;

	constructor(clock: () => number) {
		this.#clock = clock;
	}

	get loaded(): boolean {
		return this.#loaded;
	}
	get decks(): readonly BrowserDeck[] {
		return this.#catalog?.decks ?? [];
	}
	get query(): BrowseQuery {
		return this.#query;
	}
	get deckId(): string {
		return this.#deckId;
	}
	/** How many cards the query finds. */
	get total(): number {
		return this.#total;
	}
	/** The cards on screen: the first pages of what the query finds. */
	get shown(): readonly BrowseCard[] {
		return this.#shown;
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
	/** Whether every card the query finds is selected. */
	get allSelected(): boolean {
		return (
			this.#total > 0 &&
			this.#selected.size >= this.#total &&
			this.#shown.every((c) => this.#selected.has(c.id))
		);
	}
	/** The last action, while it can still be undone. */
	get lastAction(): CardActionUndo | null {
		return this.#undo;
	}

	/** Reads the decks, the settings and the first page. */
	async load(): Promise<void> {
		const { catalog, settings } = await loadBrowseCatalog();
		this.#settings = settings;
		this.#catalog = catalog;
		await this.#reread();
		this.#loaded = true;
	}

	/** Changes the query; the deck is chosen by id. Shows the first page again. */
	setQuery(change: Partial<Omit<BrowseQuery, 'deck'>> & { deckId?: string }): Promise<void> {
		const { deckId, ...rest } = change;
		if (deckId !== undefined) this.#deckId = deckId;
		const deck = this.decks.find((d) => d.id === this.#deckId)?.cardIds ?? null;
		this.#query = { ...this.#query, ...rest, deck };
		this.#limit = PAGE_SIZE;
		return this.#read();
	}

	showMore(): Promise<void> {
		this.#limit += PAGE_SIZE;
		return this.#read();
	}

	toggle(id: string): void {
		if (!this.#selected.delete(id)) this.#selected.add(id);
	}

	/** Selects every card the query finds, or clears the selection when all are selected already. */
	async toggleAll(): Promise<void> {
		const ctx = this.#context();
		if (!ctx) return;
		const all = await cardIdsFound(this.#query, ctx);
		const every = all.every((id) => this.#selected.has(id));
		this.#selected.clear();
		if (!every) for (const id of all) this.#selected.add(id);
	}

	/** The ids of every card the query finds, in its order. */
	async idsFound(): Promise<string[]> {
		const ctx = this.#context();
		return ctx ? cardIdsFound(this.#query, ctx) : [];
	}

	/** Applies an action to the selected cards the query finds, in one transaction, and reads the page again. */
	async act(action: CardAction): Promise<void> {
		const ctx = this.#context();
		if (this.#selected.size === 0 || !ctx || !this.#settings) return;
		const now = this.#clock();
		const ids = (await cardsMatching([...this.#selected], this.#query, ctx)).map((c) => c.id);
		const { applyCardAction } = await import('$lib/data/card-browser-repository');
		this.#undo = await applyCardAction(ids, action, now, endOfStudyDay(now, this.#settings.dayRolloverHour));
		// Every card acted on has a row now; the rest of the never-stored list still holds.
		this.#unstored = withoutIds(this.#unstored, ids);
		this.#now = now;
		await this.#read();
	}

	/** Takes the last action back for every card nothing has changed since. */
	async undo(): Promise<UndoOutcome | null> {
		const last = this.#undo;
		if (!last) return null;
		const { undoCardAction } = await import('$lib/data/card-browser-repository');
		const outcome = await undoCardAction(last);
		this.#undo = null;
		await this.#reread();
		return outcome;
	}

	#context(): PageContext | null {
		const catalog = this.#catalog;
		return catalog
			? { catalog, unstored: this.#unstored, now: this.#now, leechThreshold: this.leechThreshold }
			: null;
	}

	/** Reads which deck cards have no row yet (an action gives them one), then the page. */
	async #reread(): Promise<void> {
		this.#now = this.#clock();
		this.#unstored = this.#catalog ? await unstoredIds(this.#catalog.ids) : [];
		await this.#read();
	}

	async #read(): Promise<void> {
		const ctx = this.#context();
		if (!ctx) return;
		const read = ++this.#reads;
		const page = await cardPage(this.#query, this.#limit, ctx);
		if (read !== this.#reads) return;
		this.#total = page.total;
		this.#shown = page.cards;
	}
}
