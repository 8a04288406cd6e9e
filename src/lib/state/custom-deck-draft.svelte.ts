/** A custom deck being imported: its text and title, and every row read from it, before anything is saved. */
import { goodCards, MAX_DECK_TEXT, parseCustomDeck, type PinyinFiller } from '$lib/domain/decks/custom-deck';

export class CustomDeckDraft {
	text = $state('');
	title = $state('');
	/** set once pinyin-pro has loaded; rows without pinyin wait for it */
	filler = $state.raw<PinyinFiller | null>(null);

	tooLong = $derived(this.text.length > MAX_DECK_TEXT);
	rows = $derived(this.tooLong ? [] : parseCustomDeck(this.text, this.filler));
	cards = $derived(goodCards(this.rows));
	bad = $derived(this.rows.filter((r) => !r.ok).length);

	/** Takes a file's text, naming the deck after the file unless it already has a name. */
	useFile(name: string, text: string): void {
		this.text = text;
		if (!this.title.trim()) this.title = name.replace(/\.(csv|tsv|txt)$/i, '');
	}
}
