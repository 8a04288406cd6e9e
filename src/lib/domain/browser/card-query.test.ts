import { describe, expect, it } from 'vitest';
import { newMemoryState } from '../scheduling/new-card';
import { EMPTY_QUERY, queryCards, type BrowseCard } from './card-query';

const NOW = Date.UTC(2026, 10, 2, 9, 0);
const DAY = 86_400_000;

function aCard(
	id: string,
	overrides: Partial<BrowseCard> = {},
	memory: Partial<BrowseCard['memory']> = {}
): BrowseCard {
	const [itemId = id, template = 'recall'] = id.split(':');
	return {
		id,
		itemId,
		template,
		hanzi: '客户',
		pinyin: ['kè', 'hù'],
		gloss: 'client',
		level: 'A2',
		memory: { ...newMemoryState(NOW), ...memory },
		suspended: false,
		buriedUntil: 0,
		...overrides
	};
}

const cards = [
	aCard('kehu:recall'),
	aCard(
		'kefu:recognition',
		{ hanzi: '客服', pinyin: ['kè', 'fú'], gloss: 'customer service agent', level: 'A1' },
		{ state: 2, due: NOW + 3 * DAY, lapses: 9, stability: 4, difficulty: 7 }
	),
	aCard(
		'guanxi:pinyin',
		{ hanzi: '关系', pinyin: ['guān', 'xi'], gloss: 'relationship', level: 'B1', suspended: true },
		{ state: 2, due: NOW + DAY, lapses: 1, stability: 20, difficulty: 3 }
	),
	aCard(
		'liushi:cloze',
		{ hanzi: '流失', pinyin: ['liú', 'shī'], gloss: 'churn', level: 'B2', buriedUntil: NOW + DAY },
		{ state: 3, due: NOW, lapses: 2 }
	)
];
const ids = (q: Partial<typeof EMPTY_QUERY>) =>
	queryCards(cards, { ...EMPTY_QUERY, ...q }, NOW, 8).map((c) => c.id);

describe('card browser query', () => {
	it('finds cards by hanzi, by pinyin with marks, numbers or none, and by English', () => {
		expect(ids({ text: '客服' })).toEqual(['kefu:recognition']);
		expect(ids({ text: 'guānxi' })).toEqual(['guanxi:pinyin']);
		expect(ids({ text: 'guan1xi' })).toEqual(['guanxi:pinyin']);
		expect(ids({ text: 'liushi' })).toEqual(['liushi:cloze']);
		expect(ids({ text: 'relationship' })).toEqual(['guanxi:pinyin']);
	});

	it('filters by state, including suspended, buried and leech', () => {
		expect(ids({ state: 'new' })).toEqual(['kehu:recall']);
		expect(ids({ state: 'relearning' })).toEqual(['liushi:cloze']);
		expect(ids({ state: 'suspended' })).toEqual(['guanxi:pinyin']);
		expect(ids({ state: 'buried' })).toEqual(['liushi:cloze']);
		expect(ids({ state: 'leech' })).toEqual(['kefu:recognition']);
	});

	it('filters by level, template and deck', () => {
		expect(ids({ level: 'B1' })).toEqual(['guanxi:pinyin']);
		expect(ids({ template: 'cloze' })).toEqual(['liushi:cloze']);
		expect(ids({ deck: new Set(['kehu:recall', 'kefu:recognition']) })).toEqual([
			'kehu:recall',
			'kefu:recognition'
		]);
	});

	it('sorts by due date, lapses, difficulty and stability, either way', () => {
		expect(ids({ state: 'review', sort: 'due' })).toEqual(['guanxi:pinyin', 'kefu:recognition']);
		expect(ids({ sort: 'lapses', descending: true })[0]).toBe('kefu:recognition');
		expect(ids({ state: 'review', sort: 'stability', descending: true })).toEqual([
			'guanxi:pinyin',
			'kefu:recognition'
		]);
		expect(ids({ state: 'review', sort: 'difficulty' })).toEqual(['guanxi:pinyin', 'kefu:recognition']);
	});
});
