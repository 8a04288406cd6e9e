/** A deck saved as an Anki import file; the study list loads this only when the learner asks for one. */
import { ankiTsv, type AnkiNote } from '$lib/domain/decks/anki';
import { downloadText, fileSlug } from './download';

export function downloadAnkiDeck(name: string, notes: readonly AnkiNote[]): void {
	downloadText(`${fileSlug(name)}.anki.txt`, ankiTsv(name, notes), 'text/tab-separated-values');
}
