/** Counts in words, with the plural the language needs: "493 words × 4 card types = 1,972 cards". */
import { pluralOf, wholeNumber } from './format';
import type { MessageKey } from './messages';
import type { Preferences } from '../runes/preferences.svelte';

type Counted =
	'count.words' | 'count.cardTypes' | 'count.cards' | 'count.rows' | 'deck.saveWords' | 'deck.leftOutRows';

/** A counted phrase: `base`.one or `base`.other, with the number formatted for the locale. */
export function countText(prefs: Preferences, base: Counted, count: number): string {
	const form = pluralOf(prefs.locale, count);
	return prefs.t(`${base}.${form}` as MessageKey, { count: wholeNumber(count) });
}

/** How a deck's words become cards, the same wherever a deck's size is shown. */
export function cardMath(prefs: Preferences, words: number, types: number): string {
	return prefs.t('deck.cardMath', {
		words: countText(prefs, 'count.words', words),
		types: countText(prefs, 'count.cardTypes', types),
		cards: countText(prefs, 'count.cards', words * types)
	});
}

/** The import preview's one-line summary. */
export function deckSummary(prefs: Preferences, good: number, bad: number): string {
	return prefs.t('deck.summaryLine', {
		words: countText(prefs, 'count.words', good),
		rows: countText(prefs, 'count.rows', bad)
	});
}
