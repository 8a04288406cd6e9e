import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULER_SETTINGS } from '$lib/domain/scheduling/types';
import { aFreshDatabase } from '../../../tests/factories/database';
import { newCardOrder } from '$lib/domain/cards/new-card-order';
import { applyCardAction, cardWithAnswers, undoCardAction } from './card-browser-repository';
import type { AppDatabase } from './db';
import { checkIntegrity } from './integrity';
import { logFromRows, logTables, writeReviewLog } from './review-log';
import { recordAnswer } from './review-repository';

const settings = { ...DEFAULT_SCHEDULER_SETTINGS };
const T0 = Date.UTC(2026, 10, 2, 9, 0);
const DAY = 86_400_000;
let db: AppDatabase;

const answer = (cardId: string, now: number, grade: 1 | 3 = 3) =>
	recordAnswer({ cardId, grade, now, source: 'review', durationMs: 2000 }, settings);

beforeEach(() => {
	db = aFreshDatabase();
});

describe('card browser actions', () => {
	it('suspends a selection in one go, and undo puts every card back as it was', async () => {
		await answer('kefu:recall', T0);
		const before = await db.cards.toArray();
		const undo = await applyCardAction(['kefu:recall', 'kehu:recall'], 'suspend', T0, T0 + DAY);
		expect((await db.cards.toArray()).map((c) => c.suspended)).toEqual([1, 1]);
		expect(await undoCardAction(undo)).toEqual({ restored: 2, skipped: 0 });
		expect(await db.cards.toArray()).toEqual(before);
	});

	it('leaves a card answered since the action as it is when undoing', async () => {
		await answer('kefu:recall', T0);
		const undo = await applyCardAction(['kefu:recall'], 'bury', T0, T0 + DAY);
		await answer('kefu:recall', T0 + 2 * DAY);
		expect(await undoCardAction(undo)).toEqual({ restored: 0, skipped: 1 });
		expect((await db.cards.get('kefu:recall'))!.reps).toBe(2);
	});

	it('forgets a card: new again, its history kept, and the integrity check agrees', async () => {
		await answer('kefu:recall', T0);
		await answer('kefu:recall', T0 + DAY, 1);
		await applyCardAction(['kefu:recall'], 'forget', T0 + 2 * DAY, T0 + 3 * DAY);
		const row = (await db.cards.get('kefu:recall'))!;
		expect(row).toMatchObject({ state: 0, reps: 0, lapses: 0, forgottenAt: T0 + 2 * DAY });
		expect((await cardWithAnswers('kefu:recall')).answers).toHaveLength(2);
		expect((await checkIntegrity(settings)).mismatched).toEqual([]);
	});

	it('repositions new cards first or last and leaves studied ones alone', async () => {
		await answer('a:recall', T0);
		await applyCardAction(['d:recall', 'a:recall'], 'first', T0, 0);
		await applyCardAction(['b:recall'], 'last', T0, 0);
		const ids = ['a:recall', 'b:recall', 'c:recall', 'd:recall'];
		expect(newCardOrder(await db.cards.bulkGet(ids)).map((i) => ids[i])).toEqual([
			'd:recall',
			'a:recall',
			'c:recall',
			'b:recall'
		]);
	});

	it('reads a card’s answers from packed blocks and rows alike', async () => {
		const rows = Array.from({ length: 2100 }, (_, i) => ({
			id: i + 1,
			cardId: i < 2099 ? `x${i % 7}:recall` : 'x0:recall',
			grade: 3 as const,
			reviewedAt: i < 2099 ? T0 + i * 60_000 : T0 + 30 * DAY,
			source: 'review' as const,
			durationMs: 1,
			stateBefore: 2 as const,
			scheduledDays: 1
		}));
		await db.transaction('rw', logTables(db), () => writeReviewLog(db, logFromRows(rows), T0 + 20 * DAY));
		expect(await db.reviewBlocks.count()).toBe(2);
		const { answers } = await cardWithAnswers('x0:recall');
		expect(answers).toHaveLength(301);
		expect(answers.at(-1)!.reviewedAt).toBe(T0 + 30 * DAY);
	});
});
