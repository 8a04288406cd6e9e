import { beforeEach, expect, it } from 'vitest';
import { aFreshDatabase } from '../../../tests/factories/database';
import { customDecksForStudy, deleteCustomDeck, saveCustomDeck } from './custom-deck-repository';

beforeEach(() => {
	aFreshDatabase();
});

const cards = [
	{ hanzi: '客户', english: 'client', pinyin: ['kè', 'hù'], level: 'A2' as const, tags: [] },
	{ hanzi: '流失', english: 'churn', pinyin: ['liú', 'shī'], level: null, tags: ['crm'] }
];

it('saves a deck whose items study like words, with stable ids that content never uses', async () => {
	const id = await saveCustomDeck(' Week 3 ', cards, 1, () => 'w3');
	const [deck] = await customDecksForStudy();
	expect(deck).toMatchObject({
		id,
		title: 'Week 3',
		notes: [
			{ hanzi: '客户', level: 'A2' },
			{ hanzi: '流失', level: '' }
		]
	});
	expect(deck?.items.map((i) => [i.id, i.kind, i.hanzi, i.gloss])).toEqual([
		['custom.w3.1', 'word', '客户', 'client'],
		['custom.w3.2', 'word', '流失', 'churn']
	]);
	expect(deck?.cardIds).toEqual([
		'custom.w3.1:recognition',
		'custom.w3.1:recall',
		'custom.w3.1:pinyin',
		'custom.w3.1:listening',
		'custom.w3.2:recognition',
		'custom.w3.2:recall',
		'custom.w3.2:pinyin',
		'custom.w3.2:listening'
	]);
	await deleteCustomDeck(id);
	expect(await customDecksForStudy()).toEqual([]);
});

it('refuses an empty deck', async () => {
	await expect(saveCustomDeck('Empty', [], 1, () => 'e')).rejects.toThrow(/at least one card/);
	expect(await customDecksForStudy()).toEqual([]);
});

it('keeps no character that reverses text in a deck title, and no title of invisible characters only', async () => {
	await saveCustomDeck('Week\u202e 4', cards, 1, () => 'w4');
	await saveCustomDeck('\u200b\u200b', cards, 2, () => 'w5');
	const titles = (await customDecksForStudy()).map((d) => d.title).sort();
	expect(titles).toEqual(['Deck', 'Week  4']);
});

it('studies a stored deck without the cards the import would refuse, each kept card under its own id', async () => {
	const { database } = await import('./db');
	const blank = { hanzi: '', english: '', pinyin: ['a', 'b', 'c'], level: null, tags: [] };
	const latin = { hanzi: 'abc', english: 'x', pinyin: [], level: null, tags: [] };
	await database().customDecks.bulkPut([
		{ id: 'old', title: 'Old', createdAt: 1, cards: [blank, cards[0]!, latin] },
		{ id: 'none', title: 'None', createdAt: 2, cards: [] }
	]);
	const [old, none] = await customDecksForStudy();
	expect(old?.items.map((i) => [i.id, i.hanzi])).toEqual([['custom.old.2', '客户']]);
	expect(old?.cardIds).toHaveLength(4);
	expect(old?.notes.map((n) => n.hanzi)).toEqual(['客户']);
	expect(none).toMatchObject({ id: 'none', items: [], cardIds: [] });
});
