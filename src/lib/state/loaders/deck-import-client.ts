/**
 * Sends a deck's text to the import worker and hands back the rows of the latest request only, so a
 * stale answer never replaces a newer one. Where there are no workers (Node tests) it reads here.
 */
import { parseCustomDeck, type ParsedRow } from '$lib/domain/decks/custom-deck';

export interface DeckImportRequest {
	id: number;
	text: string;
}

export interface DeckImportReply {
	id: number;
	rows: ParsedRow[];
	/** false when the pinyin dictionary could not be loaded */
	pinyinReady: boolean;
}

export class DeckImportClient {
	#worker: Worker | null = null;
	#next = 0;
	#onReply: (reply: DeckImportReply) => void;

	constructor(onReply: (reply: DeckImportReply) => void) {
		this.#onReply = onReply;
		if (typeof Worker === 'undefined') return;
		this.#worker = new Worker(new URL('../../workers/deck-import.worker.ts', import.meta.url), {
			type: 'module'
		});
		this.#worker.addEventListener('message', (event: MessageEvent<DeckImportReply>) => {
			if (event.data.id === this.#next) this.#onReply(event.data);
		});
	}

	/** Reads `text`; only the reply to the last call is delivered. */
	read(text: string): void {
		const id = ++this.#next;
		if (this.#worker) this.#worker.postMessage({ id, text } satisfies DeckImportRequest);
		else
			void import('./import-pinyin').then(async ({ loadImportFiller }) => {
				const fill = await loadImportFiller();
				if (id === this.#next) this.#onReply({ id, rows: parseCustomDeck(text, fill), pinyinReady: true });
			});
	}

	dispose(): void {
		this.#worker?.terminate();
		this.#worker = null;
	}
}
