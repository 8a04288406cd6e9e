import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULER_SETTINGS } from '$lib/domain/scheduling/types';
import { aFreshDatabase } from '../../../tests/factories/database';
import type { AppDatabase } from './db';
import { applyRebuild, checkIntegrity, planRebuild, rebuildFromLog } from './integrity';
import { recordAnswer, setSuspended } from './review-repository';

const settings = { ...DEFAULT_SCHEDULER_SETTINGS };
const T0 = Date.UTC(2026, 10, 2, 9, 0);
const DAY = 86_400_000;
let db: AppDatabase;

const answer = (cardId: string, now: number, grade: 1 | 3 = 3) =>
	recordAnswer({ cardId, grade, now, source: 'review', durationMs: 2000 }, settings);

/** Three cards answered over three days, then two of them knocked out of step with the log. */
async function twoCardsOutOfStep(): Promise<void> {
	for (const [i, id] of ['a:recall', 'b:recall', 'c:recall'].entries()) {
		await answer(id, T0 + i * 1000);
		await answer(id, T0 + DAY + i * 1000, i === 1 ? 1 : 3);
	}
	await db.cards.update('a:recall', { stability: 99, due: T0 + 50 * DAY });
	await db.cards.update('c:recall', { reps: 7 });
}

beforeEach(() => {
	db = aFreshDatabase();
});

describe('rebuildFromLog', () => {
	it('rewrites only the cards that differ from the log, and leaves the others exactly as stored', async () => {
		await twoCardsOutOfStep();
		const untouched = await db.cards.get('b:recall');
		expect((await checkIntegrity(settings)).mismatched.sort()).toEqual(['a:recall', 'c:recall']);
		const report = await rebuildFromLog(settings);
		expect(report).toMatchObject({ cardsChecked: 3, reviewsReplayed: 6, rewritten: 2 });
		expect(await db.cards.get('b:recall')).toEqual(untouched);
		expect((await checkIntegrity(settings)).mismatched).toEqual([]);
	});

	it('rewrites nothing when every card already matches the log', async () => {
		await answer('a:recall', T0);
		expect(await rebuildFromLog(settings)).toMatchObject({ rewritten: 0, mismatched: [] });
	});

	it('replays again inside the write when an answer was given after the plan was read', async () => {
		await twoCardsOutOfStep();
		const plan = await planRebuild(settings);
		await answer('a:recall', T0 + 5 * DAY, 1);
		await applyRebuild(plan, settings);
		expect((await checkIntegrity(settings)).mismatched).toEqual([]);
		expect((await db.cards.get('a:recall'))!.reps).toBe(3);
	});

	it('keeps a suspension made after the plan was read on a card the plan rewrites', async () => {
		await twoCardsOutOfStep();
		const plan = await planRebuild(settings);
		await setSuspended('c:recall', true, T0 + 3 * DAY);
		await applyRebuild(plan, settings);
		expect(await db.cards.get('c:recall')).toMatchObject({ suspended: 1, reps: 2 });
		expect((await checkIntegrity(settings)).mismatched).toEqual([]);
	});
});
