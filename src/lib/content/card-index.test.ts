import { describe, expect, it } from 'vitest';
import { aStudyItem } from '../../../tests/factories/study';
import { cardIndex, packDecks, unpackDecks, type DeckCards } from './card-index';
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

	it('packs decks into one list of card ids and a bitmap each, and back to the same cards', () => {
		const index = cardIndex(items, [...decks, { id: 'crm', kind: 'crm', itemIds: [] }]);
		// A deck may hold only some of an item's cards, and an item id may itself hold a colon.
		const partial: DeckCards = { id: 'templates', kind: 'templates', cardIds: ['kefu:recall', 'a:b:recall'] };
		const all = [...index.decks, partial];
		const back = unpackDecks(packDecks(all));
		expect(back.map(({ cardIds: _ids, ...d }) => d)).toEqual(all.map(({ cardIds: _ids, ...d }) => d));
		back.forEach((deck, i) => expect([...deck.cardIds].sort()).toEqual([...all[i]!.cardIds].sort()));
		expect(back.at(-2)!.cardIds).toEqual([]);
	});

	it('writes each shared card id once', () => {
		const shared = ['kefu:recognition', 'kefu:recall', 'kefu:pinyin'];
		const packed = packDecks([
			{ id: 'kefu', kind: 'headword', hanzi: '客服', gloss: 'customer service', cardIds: shared },
			{ id: 'level-a1', kind: 'level', level: 'A1', cardIds: shared.slice(1) }
		]);
		expect(packed.cards).toBe('kefu:012');
		expect(packed.templates).toBe('recognition recall pinyin');
		expect(unpackDecks(packed)[1]!.cardIds).toEqual(['kefu:recall', 'kefu:pinyin']);
	});
});
