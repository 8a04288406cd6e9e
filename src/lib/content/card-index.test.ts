import { describe, expect, it } from 'vitest';
import { aStudyItem } from '../../../tests/factories/study';
import { cardIndex, packDeckCards, unpackDeckCards } from './card-index';
import { deckCardIds } from './study';
import type { DeckInfo } from './types';

const items = [
	aStudyItem('kefu'),
	aStudyItem('kefu.colloc.zhao', { kind: 'collocation', hanzi: '找客服', examples: [] }),
	aStudyItem('kehu', { hanzi: '客户', pinyin: ['kè', 'hù'], gloss: 'client', level: 'A1', examples: [] })
];
const decks: DeckInfo[] = [
	{
		id: 'kefu',
		kind: 'headword',
		hanzi: '客服',
		gloss: 'customer service',
		itemIds: ['kefu', 'kefu.colloc.zhao']
	},
	{ id: 'level-a1', kind: 'level', level: 'A1', itemIds: ['kehu', 'missing'] }
];

describe('card index', () => {
	it('keeps what the browser shows of each item, without its examples', () => {
		expect(cardIndex(items, decks).items[2]).toEqual({
			id: 'kehu',
			hanzi: '客户',
			pinyin: ['kè', 'hù'],
			gloss: 'client',
			level: 'A1'
		});
	});

	it('gives each deck its name facts and the card ids a session builds from the full items', () => {
		const byId = new Map(items.map((i) => [i.id, i]));
		const index = cardIndex(items, decks);
		expect(index.decks.map((d) => d.cardIds)).toEqual(decks.map((d) => deckCardIds(d, byId)));
		expect(index.decks[0]).toMatchObject({ id: 'kefu', kind: 'headword', hanzi: '客服' });
		expect(index.decks[0]).not.toHaveProperty('itemIds');
		// The word's cloze card exists because its example holds the word; the collocation has no cloze.
		expect(index.decks[0]!.cardIds).toContain('kefu:cloze');
		expect(index.decks[0]!.cardIds.some((id) => id.startsWith('kefu.colloc.zhao:'))).toBe(true);
	});

	it("packs a deck's card ids into one string and back", () => {
		const [deck, empty] = cardIndex(items, [decks[0]!, { id: 'crm', kind: 'crm', itemIds: [] }]).decks;
		expect(packDeckCards(deck!).cardIds).toBe(deck!.cardIds.join(' '));
		expect(unpackDeckCards(packDeckCards(deck!))).toEqual(deck);
		expect(unpackDeckCards(packDeckCards(empty!))).toEqual(empty);
	});
});
