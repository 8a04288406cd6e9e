/** Custom decks imported from CSV/TSV, and how they study: as items and card ids like the built-in decks. */
import { cardIdsFor } from '$lib/domain/cards/card-id';
import type { AnkiNote } from '$lib/domain/decks/anki';
import { customItem, studiableCards, type CustomCard } from '$lib/domain/decks/custom-deck';
import { cleanText } from '$lib/domain/sharing/text-safety';
import type { StudyItem } from '$lib/content/types';
import { database, type CustomDeckRow } from './db';

export interface CustomDeckStudy {
	id: string;
	title: string;
	items: StudyItem[];
	cardIds: string[];
	notes: AnkiNote[];
}

/** Saves a new deck in one transaction; returns its id. */
export async function saveCustomDeck(
	title: string,
	cards: readonly CustomCard[],
	now: number,
	newId: () => string
): Promise<string> {
	if (cards.length === 0) throw new Error('A deck needs at least one card.');
	const db = database();
	const id = newId();
	await db.transaction('rw', db.customDecks, async () => {
		await db.customDecks.add({
			id,
			// A title travels to learners in assignments: characters that hide or reverse text go.
			title: cleanText(title).trim().slice(0, 80) || 'Deck',
			createdAt: now,
			cards: [...cards]
		});
	});
	return id;
}

export async function customDeckRows(): Promise<CustomDeckRow[]> {
	return database().customDecks.orderBy('createdAt').toArray();
}

/** Deletes the deck; its review history stays in the log. */
export async function deleteCustomDeck(id: string): Promise<void> {
	await database().customDecks.delete(id);
}

/** A custom card as a study item: a word with no entry page and no examples. */
export function customStudyItem(deckId: string, card: CustomCard, index: number): StudyItem {
	return { ...customItem(deckId, card, index), entryId: '' };
}

/** The deck as studied: a card that cannot be studied (stored before the import's rules) is left out. */
export function customDeckStudy(row: CustomDeckRow): CustomDeckStudy {
	const good = studiableCards(row.cards);
	const items = good.map(({ card, index }) => customStudyItem(row.id, card, index));
	const notes = good.map(({ card }) => ({ ...card, level: card.level ?? '' }));
	return { id: row.id, title: row.title, items, cardIds: items.flatMap((i) => cardIdsFor(i)), notes };
}

/** Every custom deck, ready to study. */
export async function customDecksForStudy(): Promise<CustomDeckStudy[]> {
	return (await customDeckRows()).map(customDeckStudy);
}
