import { beforeEach, describe, expect, it } from 'vitest';
import { replay } from '$lib/domain/scheduling/replay';
import { DEFAULT_SCHEDULER_SETTINGS, type Grade } from '$lib/domain/scheduling/types';
import { aFreshDatabase } from '../../../tests/factories/database';
import type { AppDatabase } from './db';
import { bury, dueCardRows, recordAnswer, setSuspended, undoLast } from './review-repository';

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
		await recordAnswer(
			{ cardId: 'mission.rfm-count:mission', grade: 1, now: T0, source: 'simulator', durationMs: 1, mistake },
			settings
		);
		await undoLast(settings);
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

describe('undoLast', () => {
	it('removes the newest answer and restores the card as it was', async () => {
		await answer('kefu:recall', 3, T0);
		const afterFirst = await db.cards.get('kefu:recall');
		await answer('kefu:recall', 1, T0 + DAY);
		const undone = await undoLast(settings);
		expect(undone).toMatchObject({ grade: 1, reviewedAt: T0 + DAY });
		expect(await db.reviews.count()).toBe(1);
		expect(memory(await db.cards.get('kefu:recall'))).toEqual(memory(afterFirst));
	});

	it('turns a card answered once back into a new card', async () => {
		await answer('kefu:recall', 3, T0);
		await undoLast(settings);
		expect(await db.cards.get('kefu:recall')).toBeUndefined();
		expect(await undoLast(settings)).toBeNull();
	});
});

describe('due cards, suspend and bury', () => {
	it('lists unsuspended cards due by a time, soonest first', async () => {
		await answer('a:recall', 1, T0);
		await answer('b:recall', 3, T0);
		await answer('c:recall', 4, T0);
		const due = await dueCardRows(T0 + 5 * MIN);
		expect(due.map((c) => c.id)).toEqual(['a:recall']);
		await setSuspended('a:recall', true, T0);
		expect(await dueCardRows(T0 + 5 * MIN)).toEqual([]);
		await setSuspended('a:recall', false, T0);
		await bury('a:recall', T0 + DAY, T0);
		expect((await db.cards.get('a:recall'))?.buriedUntil).toBe(T0 + DAY);
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
			{ version: SCHEMA_VERSIONS.length + 1, stores: { later: '++id' }, upgrade: async () => {} }
		]);
		await newer.open();
		stop();
		expect(told).toBe(1);
		expect(db.isOpen()).toBe(false);
		expect(await newer.table('reviews').count()).toBe(1);
		newer.close();
	});
});
