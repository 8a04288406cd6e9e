import { describe, expect, it } from 'vitest';
import { aMistake, anAnswer } from '../../../../tests/factories/practice';
import { CLEAR_AFTER, countsByKind, groupByWord, notebookItems, retryPlan } from './notebook';
import { mistakeTrend } from './trend';

describe('notebookItems', () => {
	it('keeps an item active until it is answered right three times in a row, and keeps its history', () => {
		const m = aMistake();
		const right = (n: number) => Array.from({ length: n }, (_, i) => anAnswer({ reviewedAt: 5_000 + i }));
		expect(notebookItems([m], right(2))[0]).toMatchObject({ active: true, streak: 2 });
		const cleared = notebookItems([m], right(CLEAR_AFTER))[0];
		expect(cleared).toMatchObject({ active: false, streak: 3, clearedAt: 5_002 });
		expect(cleared?.mistakes).toHaveLength(1);
	});

	it('starts the count again after an Again, and ignores answers before the last mistake', () => {
		const early = anAnswer();
		const m = aMistake();
		const answers = [early, anAnswer(), anAnswer({ grade: 1 }), anAnswer(), anAnswer()];
		expect(notebookItems([m], answers)[0]).toMatchObject({ active: true, streak: 2 });
	});

	it("counts answers on the item's drill and quiz cards as well as the card it went wrong on", () => {
		const m = aMistake({ itemId: 'kefu', cardId: 'kefu:pinyin', kind: 'tone' });
		const answers = [
			anAnswer({ cardId: 'kefu:pinyin' }),
			anAnswer({ cardId: 'kefu:quiz' }),
			anAnswer({ cardId: 'other:quiz' })
		];
		expect(notebookItems([m], answers)[0]?.streak).toBe(2);
	});
});

describe('grouping', () => {
	const items = notebookItems(
		[
			aMistake({ itemId: 'kefu', cardId: 'kefu:pinyin', kind: 'tone' }),
			aMistake({ itemId: 'kefu.mistake.zuo-de', cardId: 'kefu.mistake.zuo-de:quiz', kind: 'collocation' }),
			aMistake({ itemId: 'kefu.mistake.zuo-de', cardId: 'kefu.mistake.zuo-de:quiz', kind: 'collocation' }),
			aMistake({ itemId: 'weihu.colloc.xitong', cardId: 'weihu.colloc.xitong:drill', kind: 'collocation' })
		],
		[]
	);

	it('counts active items and all mistakes per kind', () => {
		const counts = Object.fromEntries(countsByKind(items).map((c) => [c.kind, [c.active, c.total]]));
		expect(counts).toMatchObject({ tone: [1, 1], collocation: [2, 3], meaning: [0, 0] });
	});

	it('groups by word, the word with the most active items first', () => {
		expect(groupByWord(items).map((g) => [g.entryId, g.active])).toEqual([
			['kefu', 2],
			['weihu', 1]
		]);
	});

	it('plans each active item as many times as it needs, within the limit', () => {
		expect(retryPlan(items, 10)).toHaveLength(9);
		expect(retryPlan(items, 4).map((i) => i.itemId)[0]).toBe('kefu.mistake.zuo-de');
	});
});

describe('mistakeTrend', () => {
	it('buckets mistakes and clears by study day, oldest first', () => {
		const day = 86_400_000;
		const now = Date.UTC(2026, 0, 10, 12);
		const trend = mistakeTrend([now, now - 1000, now - 2 * day], [now], now, 4, 7);
		expect(trend).toHaveLength(7);
		expect(trend.at(-1)).toMatchObject({ mistakes: 2, cleared: 1 });
		expect(trend.at(-3)?.mistakes).toBe(1);
		expect(trend.reduce((n, d) => n + d.mistakes, 0)).toBe(3);
	});
});
