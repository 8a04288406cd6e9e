/**
 * A custom deck being imported: its text and title, and every row read from it (in a worker, a moment
 * after the typing stops), before anything is saved.
 */
import { saveCustomDeck } from '$lib/data/custom-deck-repository';
import { goodCards, MAX_DECK_TEXT, type ParsedRow } from '$lib/domain/decks/custom-deck';
import { DeckImportClient, type DeckImportReply } from '../loaders/deck-import-client';

/** ms of quiet after the last keystroke before the rows are read again */
const SETTLE_MS = 250;

export class CustomDeckDraft {
	#text = $state('');
	#timer: ReturnType<typeof setTimeout> | undefined;
	#client: DeckImportClient | null = null;
	title = $state('');
	rows = $state.raw<ParsedRow[]>([]);
	/** the rows on show are from an older text */
	reading = $state(false);
	/** false once the pinyin dictionary failed to load */
	pinyinReady = $state(true);

	tooLong = $derived(this.#text.length > MAX_DECK_TEXT);
	cards = $derived(goodCards(this.rows));
	bad = $derived(this.rows.filter((r) => !r.ok).length);

	get text(): string {
		return this.#text;
	}

	/** New text is read once the typing settles, never on every keystroke. */
	set text(value: string) {
		this.#text = value;
		clearTimeout(this.#timer);
		this.reading = true;
		this.#timer = setTimeout(() => this.#read(), SETTLE_MS);
	}

	#read(): void {
		if (this.tooLong || this.#text.trim() === '') {
			this.rows = [];
			this.reading = false;
			return;
		}
		this.#client ??= new DeckImportClient((reply) => this.#receive(reply));
		this.#client.read(this.#text);
	}

	#receive(reply: DeckImportReply): void {
		this.rows = reply.rows;
		this.pinyinReady = reply.pinyinReady;
		this.reading = false;
	}

	/** Takes a file's text at once, naming the deck after the file unless it already has a name. */
	useFile(name: string, text: string): void {
		this.text = text;
		clearTimeout(this.#timer);
		this.#read();
		if (!this.title.trim()) this.title = name.replace(/\.(csv|tsv|txt)$/i, '');
	}

	/** Saves the good rows as a new deck under the title at `now` (epoch ms); returns the deck's id. */
	save(now: number, newId: () => string): Promise<string> {
		return saveCustomDeck(this.title, this.cards, now, newId);
	}

	dispose(): void {
		clearTimeout(this.#timer);
		this.#client?.dispose();
	}
}
