import { beforeEach, describe, expect, it } from 'vitest';
import { notebookItems } from '$lib/domain/notebook/notebook';
import { DEFAULT_SCHEDULER_SETTINGS } from '$lib/domain/scheduling/types';
import { aFreshDatabase } from '../../../tests/factories/database';
import { notebookRecords } from './notebook-repository';
import { BLOCK_SIZE, compactReviewLog } from './review-log';
import { recordAnswer, undoAnswer } from './review-repository';

const settings = { ...DEFAULT_SCHEDULER_SETTINGS };
const T0 = Date.UTC(2026, 10, 2, 9, 0);
const CARD = 'kehu-guanxi.colloc.weihu:drill';
const DAY = 86_400_000;

async function answer(grade: 1 | 3, at: number, cardId = CARD) {
	return recordAnswer(
		{
			cardId,
			grade,
			now: at,
			source: 'drill',
			durationMs: 1000,
			...(grade === 1 && {
				mistake: { kind: 'collocation' as const, expected: '维护客户关系', given: '做客户关系' }
			})
		},
		settings
	);
}

async function notebook() {
	const { mistakes, answers } = await notebookRecords();
	return notebookItems(mistakes, answers);
}

beforeEach(() => {
	aFreshDatabase();
});

describe('notebookRecords', () => {
	it('still sees the answers that cleared an item after they are packed into blocks', async () => {
		await answer(1, T0);
		for (let i = 1; i <= BLOCK_SIZE; i++) await answer(3, T0 + i * 1000);
		expect(await compactReviewLog(T0 + 30 * DAY)).toBe(BLOCK_SIZE);
		expect((await notebook())[0]).toMatchObject({ active: false, clearedAt: T0 + 3000 });
	});

	it('clears an item after three right answers in a row and keeps its history', async () => {
		await answer(1, T0);
		await answer(3, T0 + 1000);
		await answer(3, T0 + 2000, 'kehu-guanxi.colloc.weihu:recall');
		await answer(3, T0 + 3000, 'kefu:recall');
		expect((await notebook())[0]).toMatchObject({ active: true, streak: 1 });
		await answer(3, T0 + 4000);
		await answer(3, T0 + 5000);
		const [item] = await notebook();
		expect(item).toMatchObject({ active: false, streak: 3, clearedAt: T0 + 5000 });
		expect(item?.mistakes).toHaveLength(1);
	});

	it('brings an item back when an undone answer had cleared it', async () => {
		await answer(1, T0);
		let last = 0;
		for (let i = 1; i <= 3; i++) last = (await answer(3, T0 + i * 1000)).reviewId;
		expect((await notebook())[0]?.active).toBe(false);
		await undoAnswer(last, settings);
		expect((await notebook())[0]).toMatchObject({ active: true, streak: 2 });
	});
});
