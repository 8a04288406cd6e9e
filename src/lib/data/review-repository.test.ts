import { beforeEach, describe, expect, it } from 'vitest';
import { replay } from '$lib/domain/scheduling/replay';
import { DEFAULT_SCHEDULER_SETTINGS, type Grade } from '$lib/domain/scheduling/types';
import { aFreshDatabase } from '../../../tests/factories/database';
import { flaggedCardRows } from './card-page-repository';
import type { AppDatabase } from './db';
import {
	bury,
	recordAnswer,
	recordAnswers,
	restoreFlags,
	reviewsSince,
	sessionStartRows,
	setSuspended,
	undoAnswer,
	type AnswerInput
} from './review-repository';

const settings = { ...DEFAULT_SCHEDULER_SETTINGS };
const T0 = Date.UTC(2026, 10, 2, 9, 0);
const MIN = 60_000;
const DAY = 86_400_000;
let db: AppDatabase;

beforeEach(() => {
	db = aFreshDatabase();
});

const answer = (cardId: string, grade: Grade, now: number) =>
	recordAnswer({ cardId, grade, now, source: 'review', durationMs: 4000 }, settings);

function memory(row: object | undefined) {
	const {
		id: _i,
		itemId: _t,
		template: _p,
		suspended: _s,
		buriedUntil: _b,
		...m
	} = (row ?? {}) as Record<string, unknown>;
	return m;
}

describe('recordAnswer', () => {
	it('appends one review and updates the card together', async () => {
		const result = await answer('kefu:recognition', 3, T0);
		expect(await db.reviews.count()).toBe(1);
		const card = await db.cards.get('kefu:recognition');
		expect(card).toMatchObject({
			itemId: 'kefu',
			template: 'recognition',
			reps: 1,
			state: result.card.state
		});
		expect(card?.due).toBeGreaterThan(T0);
		const [review] = await db.reviews.toArray();
		expect(review).toMatchObject({
			cardId: 'kefu:recognition',
			grade: 3,
			reviewedAt: T0,
			stateBefore: 0,
			source: 'review'
		});
	});

	it('writes a wrong answer to the mistake notebook with its review', async () => {
		const mistake = { kind: 'tone' as const, expected: 'kèfú', given: 'kéfú', note: '1st syllable' };
		const { reviewId } = await recordAnswer(
			{ cardId: 'kefu:pinyin', grade: 1, now: T0, source: 'review', durationMs: 3000, mistake },
			settings
		);
		expect(await db.mistakes.toArray()).toEqual([
			{ ...mistake, id: 1, itemId: 'kefu', cardId: 'kefu:pinyin', reviewId, source: 'review', at: T0 }
		]);
	});

	it('writes neither review nor mistake when the mistake cannot be stored', async () => {
		db.mistakes.hook('creating', () => {
			throw new Error('disk full');
		});
		const mistake = { kind: 'collocation' as const, expected: '维护', given: '做' };
		await expect(
			recordAnswer(
				{
					cardId: 'kehu-guanxi.colloc.weihu:drill',
					grade: 1,
					now: T0,
					source: 'drill',
					durationMs: 1,
					mistake
				},
				settings
			)
		).rejects.toThrow('disk full');
		expect(await db.reviews.count()).toBe(0);
		expect(await db.cards.count()).toBe(0);
	});

	it('undo takes the answer’s mistake back too', async () => {
		const mistake = { kind: 'meaning' as const, expected: '12', given: '9' };
		const { reviewId } = await recordAnswer(
			{ cardId: 'mission.rfm-count:mission', grade: 1, now: T0, source: 'simulator', durationMs: 1, mistake },
			settings
		);
		await undoAnswer(reviewId, settings);
		expect(await db.mistakes.count()).toBe(0);
	});

	it('writes nothing when the card update fails', async () => {
		db.cards.hook('creating', () => {
			throw new Error('disk full');
		});
		await expect(answer('kefu:recall', 3, T0)).rejects.toThrow('disk full');
		expect(await db.reviews.count()).toBe(0);
		expect(await db.cards.count()).toBe(0);
	});

	it('flags a leech on the lapse that reaches the threshold', async () => {
		const id = 'kehu:recall';
		let now = T0;
		const leechAt: number[] = [];
		await answer(id, 3, now);
		for (let lapse = 1; lapse <= settings.leechThreshold; lapse++) {
			for (const g of [3, 3, 3] as const) {
				now += 20 * DAY;
				await answer(id, g, now);
			}
			now += 20 * DAY;
			const r = await answer(id, 1, now);
			if (r.becameLeech) leechAt.push(r.card.lapses);
		}
		expect(leechAt).toEqual([settings.leechThreshold]);
	});
});

describe('the review log is the source of truth', () => {
	it('replaying the log gives exactly the stored card states', async () => {
		const ids = ['kefu:recognition', 'kefu:recall', 'kehu-guanxi:pinyin', 'weihu:cloze'];
		let now = T0;
		let seed = 7;
		for (let i = 0; i < 60; i++) {
			seed = (seed * 48271) % 2147483647;
			now += (seed % 3 === 0 ? 10 * MIN : (seed % 5) * DAY) + 1000;
			await answer(ids[seed % ids.length] ?? 'kefu:recall', ((seed % 4) + 1) as Grade, now);
		}
		const rebuilt = replay(await db.reviews.orderBy('id').toArray(), settings);
		const stored = await db.cards.toArray();
		expect(stored.length).toBe(rebuilt.size);
		for (const row of stored) expect(memory(row), row.id).toEqual(rebuilt.get(row.id));
	});
});

describe('undoAnswer', () => {
	it('removes the named answer and restores the card as it was', async () => {
		await answer('kefu:recall', 3, T0);
		const afterFirst = await db.cards.get('kefu:recall');
		const { reviewId } = await answer('kefu:recall', 1, T0 + DAY);
		const outcome = await undoAnswer(reviewId, settings);
		expect(outcome).toMatchObject({ undone: { grade: 1, reviewedAt: T0 + DAY } });
		expect(await db.reviews.count()).toBe(1);
		expect(memory(await db.cards.get('kefu:recall'))).toEqual(memory(afterFirst));
	});

	it('turns a card answered once back into a new card, and refuses a second time', async () => {
		const { reviewId } = await answer('kefu:recall', 3, T0);
		await undoAnswer(reviewId, settings);
		expect(await db.cards.get('kefu:recall')).toBeUndefined();
		expect(await undoAnswer(reviewId, settings)).toEqual({ refused: 'gone' });
	});

	it('leaves a newer answer to another card alone', async () => {
		const mine = await answer('kefu:recall', 3, T0);
		await answer('kehu:recall', 3, T0 + 1000);
		await undoAnswer(mine.reviewId, settings);
		expect((await db.reviews.toArray()).map((r) => r.cardId)).toEqual(['kehu:recall']);
		expect(await db.cards.get('kehu:recall')).toBeDefined();
	});

	it('refuses when the card has been answered again since', async () => {
		const mine = await answer('kefu:recall', 3, T0);
		await answer('kefu:recall', 1, T0 + 1000);
		expect(await undoAnswer(mine.reviewId, settings)).toEqual({ refused: 'not-last' });
		expect(await db.reviews.count()).toBe(2);
	});
});

describe('recordAnswers', () => {
	const input = (cardId: string, grade: Grade): AnswerInput => ({
		cardId,
		grade,
		now: T0,
		source: 'drill',
		durationMs: 1000,
		...(grade === 1 && { mistake: { kind: 'collocation' as const, expected: '维护', given: '做' } })
	});

	it('records every outcome of one question', async () => {
		const results = await recordAnswers([input('weihu:drill', 3), input('jianli:drill', 1)], settings);
		expect(results.map((r) => r.card.id)).toEqual(['weihu:drill', 'jianli:drill']);
		expect(await db.reviews.count()).toBe(2);
		expect(await db.mistakes.count()).toBe(1);
	});

	it('writes nothing at all when one of them fails', async () => {
		db.mistakes.hook('creating', () => {
			throw new Error('disk full');
		});
		await expect(
			recordAnswers([input('weihu:drill', 3), input('jianli:drill', 1)], settings)
		).rejects.toThrow('disk full');
		expect(await db.reviews.count()).toBe(0);
		expect(await db.cards.count()).toBe(0);
	});
});

describe('a clock that moves', () => {
	it('dates an answer no earlier than the card’s last one, so replay agrees', async () => {
		await answer('kefu:recall', 3, T0 + 2 * DAY);
		const result = await answer('kefu:recall', 1, T0);
		expect(result.clock).toEqual({ kind: 'behind', newestAt: T0 + 2 * DAY, now: T0 });
		const rows = await db.reviews.orderBy('id').toArray();
		expect(rows.map((r) => r.reviewedAt)).toEqual([T0 + 2 * DAY, T0 + 2 * DAY]);
		const rebuilt = replay(rows, settings);
		expect(memory(await db.cards.get('kefu:recall'))).toEqual(rebuilt.get('kefu:recall'));
	});

	it('does not count answers dated after today as done today', async () => {
		await answer('kefu:recall', 3, T0 + 365 * DAY);
		expect(await reviewsSince(T0 - DAY, T0 + DAY)).toEqual([]);
		expect(await reviewsSince(T0 - DAY)).toHaveLength(1);
	});

	it('reads a session’s start at once: the deck’s rows in its order and the answers of the day', async () => {
		await answer('a:recall', 3, T0 - DAY);
		await answer('b:recall', 1, T0);
		await answer('b:recall', 3, T0 + 365 * DAY);
		const ids = ['new:recall', 'b:recall', 'a:recall'];
		const { rows, today } = await sessionStartRows(ids, T0 - MIN, T0 + DAY);
		expect(rows).toEqual(await db.cards.bulkGet(ids));
		expect(rows[0]).toBeUndefined();
		expect(today.map((r) => [r.cardId, r.reviewedAt])).toEqual([['b:recall', T0]]);
	});
});

describe('due cards, suspend and bury', () => {
	it('suspends and unsuspends a card without touching its schedule, and buries it until a time', async () => {
		await answer('a:recall', 1, T0);
		await answer('b:recall', 3, T0);
		const before = await db.cards.get('a:recall');
		const suspended = () => flaggedCardRows({ kind: 'suspended' }).then((rows) => rows.map((c) => c.id));
		await setSuspended('a:recall', true, T0);
		expect(await suspended()).toEqual(['a:recall']);
		expect(await db.cards.get('a:recall')).toEqual({ ...before, suspended: 1 });
		await setSuspended('a:recall', false, T0);
		expect(await suspended()).toEqual([]);
		expect(await db.cards.get('a:recall')).toEqual(before);
		await bury('a:recall', T0 + DAY, T0);
		expect((await db.cards.get('a:recall'))?.buriedUntil).toBe(T0 + DAY);
	});

	it('puts flags back as they were without touching answers given since', async () => {
		await answer('a:recall', 3, T0);
		const suspended = await setSuspended(['a:recall', 'b:recall'], true, T0);
		await answer('a:recall', 3, T0 + DAY);
		await restoreFlags(suspended);
		expect(await db.cards.get('a:recall')).toMatchObject({ suspended: 0, reps: 2 });
		expect(await db.cards.get('b:recall')).toBeUndefined();
		const buried = await bury('a:recall', T0 + 2 * DAY, T0 + DAY);
		await restoreFlags(buried);
		expect((await db.cards.get('a:recall'))?.buriedUntil).toBe(0);
	});
});

describe('another tab upgrading the database', () => {
	it('closes this connection and tells the page', async () => {
		const { onClosedByUpgrade } = await import('./connection-events');
		const { AppDatabase, SCHEMA_VERSIONS } = await import('./db');
		await answer('kefu:recall', 3, T0);
		let told = 0;
		const stop = onClosedByUpgrade(() => (told += 1));
		const newer = new AppDatabase(db.name, [
			...SCHEMA_VERSIONS,
			{
				version: Math.max(...SCHEMA_VERSIONS.map((v) => v.version)) + 1,
				stores: { later: '++id' },
				upgrade: async () => {}
			}
		]);
		await newer.open();
		stop();
		expect(told).toBe(1);
		expect(db.isOpen()).toBe(false);
		expect(await newer.table('reviews').count()).toBe(1);
		newer.close();
	});
});
