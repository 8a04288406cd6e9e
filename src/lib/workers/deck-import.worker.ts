/** Reads a pasted or opened deck off the main thread: parses every row and fills missing pinyin. */
import { parseCustomDeck, type PinyinFiller } from '$lib/domain/decks/custom-deck';
import type { DeckImportReply, DeckImportRequest } from '$lib/state/loaders/deck-import-client';
import { loadImportFiller } from '$lib/state/loaders/import-pinyin';

const filler: Promise<PinyinFiller | null> = loadImportFiller().catch(() => null);

addEventListener('message', (event: MessageEvent<DeckImportRequest>) => {
	void filler.then((fill) => {
		const reply: DeckImportReply = {
			id: event.data.id,
			rows: parseCustomDeck(event.data.text, fill),
			pinyinReady: fill !== null
		};
		postMessage(reply);
	});
});
