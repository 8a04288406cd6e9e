/** What an assignment's ids stand for in this device's content: card ids to measure and titles to show. */
import { drillCardId, missionItemId, quizCardId, tryCardId } from '$lib/domain/cards/card-id';
import { customDeckCardIds } from '$lib/domain/decks/custom-deck';
import type { Assignment, CustomDeckDoc, PartKind } from '$lib/domain/sharing/documents';
import type { ResolvedPart } from '$lib/domain/sharing/progress';
import { missionOptions } from './missions';
import { deckCardIds, type StudyContent } from './study';
import type { DeckInfo } from './types';

export interface PartOption {
	id: string;
	title: string;
	/** cards it holds */
	size: number;
	/** the teacher's own deck, whose cards travel inside the assignment */
	own?: boolean;
}

function itemsOf(content: StudyContent, kind: 'collocation' | 'mistake', entryId: string): string[] {
	return [...content.items.values()].filter((i) => i.kind === kind && i.entryId === entryId).map((i) => i.id);
}

/** The card ids behind one part; empty when this device does not know the id. */
export function partCardIds(kind: PartKind, id: string, content: StudyContent): string[] {
	switch (kind) {
		case 'deck': {
			const deck = content.decks.find((d) => d.id === id);
			return deck ? deckCardIds(deck, content.items) : [];
		}
		case 'drill':
			return itemsOf(content, 'collocation', id).map(drillCardId);
		case 'quiz':
			return itemsOf(content, 'mistake', id).map(quizCardId);
		case 'mission':
			// A mission id comes from a shared document: one that cannot name a card counts as no card.
			return [tryCardId(missionItemId(id), 'mission')].filter((c) => c !== null);
	}
}

/**
 * Every part of an assignment with its card ids, in the order the teacher listed them. A teacher's own
 * deck travels inside the document; a repeated id (in a row stored before they were refused) counts once.
 */
export function resolveParts(a: Assignment, content: StudyContent): ResolvedPart[] {
	const lists: [PartKind, readonly string[]][] = [
		['deck', a.decks],
		['drill', a.drills],
		['quiz', a.quizzes],
		['mission', a.missions]
	];
	const custom = new Map((a.customDecks ?? []).map((d) => [d.id, d]));
	return lists.flatMap(([kind, ids]) =>
		[...new Set(ids)].map((id) => {
			const deck = kind === 'deck' ? custom.get(id) : undefined;
			const cardIds = deck ? customDeckCardIds(deck.id, deck.cards) : partCardIds(kind, id, content);
			return { kind, id, cardIds };
		})
	);
}

/** A part's title in this locale, or null when this version of the app does not have it. */
export function partTitle(
	kind: PartKind,
	id: string,
	content: StudyContent,
	nameDeck: (deck: DeckInfo) => string,
	doc?: Pick<Assignment, 'customDecks'>
): string | null {
	const custom = kind === 'deck' ? doc?.customDecks?.find((d) => d.id === id) : undefined;
	if (custom) return custom.title;
	if (kind === 'deck') {
		const deck = content.decks.find((d) => d.id === id);
		return deck ? nameDeck(deck) : null;
	}
	if (kind === 'mission') return missionOptions().find((m) => m.id === id)?.title ?? null;
	const entry = content.items.get(id);
	return entry && partCardIds(kind, id, content).length > 0 ? `${entry.hanzi} ${entry.reading}` : null;
}

/** What the builder offers for each kind of part: the teacher's own decks first, then the built-in ones. */
export function partOptions(
	content: StudyContent,
	nameDeck: (deck: DeckInfo) => string,
	own: readonly CustomDeckDoc[] = []
): Record<PartKind, PartOption[]> {
	const entries = [...content.items.values()].filter((i) => i.kind === 'word');
	const forEntries = (kind: 'drill' | 'quiz') =>
		entries
			.map((e) => ({
				id: e.id,
				title: `${e.hanzi} ${e.reading}`,
				size: partCardIds(kind, e.id, content).length
			}))
			.filter((o) => o.size > 0);
	return {
		deck: [
			...own.map((d) => ({
				id: d.id,
				title: d.title,
				size: customDeckCardIds(d.id, d.cards).length,
				own: true
			})),
			...content.decks.map((d) => ({
				id: d.id,
				title: nameDeck(d),
				size: deckCardIds(d, content.items).length
			}))
		],
		drill: forEntries('drill'),
		quiz: forEntries('quiz'),
		mission: missionOptions().map((m) => ({ ...m, size: 1 }))
	};
}
