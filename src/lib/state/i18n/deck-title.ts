/** Deck titles in the interface language: built-in decks are named by kind, headword or level; a custom deck by its author. */
import type { Level } from '$lib/content/schema';
import type { Translate } from './messages';

/** What names a deck: a built-in deck's facts, or a deck with its own title (a custom deck, one word). */
export type DeckName =
	| { kind: 'headword'; hanzi: string; gloss: string }
	| { kind: 'level'; level: Level }
	| { kind: 'crm' | 'simulator' | 'templates' }
	| { kind: 'named'; title: string };

export function deckTitle(deck: DeckName, t: Translate): string {
	switch (deck.kind) {
		case 'named':
			return deck.title;
		case 'headword':
			return t('decks.headword', { hanzi: deck.hanzi, gloss: deck.gloss });
		case 'level':
			return t('decks.level', { level: deck.level });
		default:
			return t(`decks.${deck.kind}`);
	}
}
