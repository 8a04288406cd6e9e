import { describe, expect, it } from 'vitest';
import { aWord } from '../../../../tests/factories/words';
import { searchWords } from './search';

const words = [
	aWord({
		hanzi: '客户关系',
		pinyin: ['kè', 'hù', 'guān', 'xì'],
		gloss: 'customer relationship',
		level: 'A2'
	}),
	aWord(),
	aWord({ hanzi: '关系', pinyin: ['guān', 'xì'], gloss: 'relationship; connection', level: 'A2' }),
	aWord({ hanzi: '维护', pinyin: ['wéi', 'hù'], gloss: 'to maintain', level: 'B1', pos: 'verb' }),
	aWord({
		hanzi: '获客成本',
		pinyin: ['huò', 'kè', 'chéng', 'běn'],
		gloss: 'customer acquisition cost',
		forms: ['CAC'],
		level: 'B2',
		tags: ['crm-term']
	})
];
const find = (query: string, levels: string[] = [], pos: string[] = []) =>
	searchWords(words, { query, levels, pos }).map((w) => w.hanzi);

describe('searchWords', () => {
	it('finds 客户 first by each pinyin form', () => {
		for (const q of ['kehu', 'ke4hu4', 'kèhù']) expect(find(q)[0]).toBe('客户');
	});
	it('finds by hanzi, exact match first', () => {
		expect(find('关系')).toEqual(['关系', '客户关系']);
	});
	it('finds by English and by abbreviation', () => {
		expect(find('maintain')).toEqual(['维护']);
		expect(find('cac')).toEqual(['获客成本']);
		expect(find('customer')).toContain('客户关系');
	});
	it('filters by level and part of speech', () => {
		expect(find('', ['B1'])).toEqual(['维护']);
		expect(find('', [], ['verb'])).toEqual(['维护']);
		expect(find('hu', ['A2'])).toEqual(['客户', '客户关系']);
		expect(
			searchWords(words, { query: '', levels: [], pos: [], tag: 'crm-term' }).map((w) => w.hanzi)
		).toEqual(['获客成本']);
	});
	it('puts a word whose meaning starts with the query before one that only mentions it', () => {
		const refunds = [
			aWord({ hanzi: '退货', gloss: 'to return goods (for a refund); a return' }),
			aWord({ hanzi: '退款', gloss: 'refund; to give money back' })
		];
		expect(searchWords(refunds, { query: 'refund', levels: [], pos: [] }).map((w) => w.hanzi)).toEqual([
			'退款',
			'退货'
		]);
	});
	it('returns nothing for a query that matches nothing', () => {
		expect(find('zzz')).toEqual([]);
	});
});
