import { beforeEach, describe, expect, it } from 'vitest';
import { replay } from '$lib/domain/scheduling/replay';
import { DEFAULT_SCHEDULER_SETTINGS, type Grade } from '$lib/domain/scheduling/types';
import { aFreshDatabase, upgradedFrom } from '../../../tests/factories/database';
import type { AppDatabase } from './db';
import { HISTORY_BUCKETS } from './card-history';
import { checkIntegrity } from './integrity';
import {
	answersOfCards,
	answersSince,
	BLOCK_SIZE,
	compactReviewLog,
	historyTables,
	logFromRows,
	logReadTables,
	logTables,
	packReviewLog,
	readAnswerColumns,
	readReviewLog,
	readStatsColumns,
	writeReviewLog
} from './review-log';
import { recordAnswer, undoAnswer } from './review-repository';

const settings = { ...DEFAULT_SCHEDULER_SETTINGS };
const T0 = Date.UTC(2026, 0, 5, 9, 0);
const DAY = 86_400_000;
let db: AppDatabase;

beforeEach(() => {
	db = aFreshDatabase();
});

/** `count` answers over 12 cards, one every ten minutes from `start`. */
async function answers(count: number, start = T0): Promise<void> {
	for (let i = 0; i < count; i++) {
		const grade = (i % 7 === 0 ? 1 : 3) as Grade;
		await recordAnswer(
			{
				cardId: `card-${i % 12}:recall`,
				grade,
				now: start + i * 600_000,
				source: 'review',
				durationMs: 2000
			},
			settings
		);
	}
}

describe('compactReviewLog', () => {
	it('packs full blocks of answers older than a week and keeps the log the same', async () => {
		await answers(BLOCK_SIZE + 300);
		const before = await readReviewLog(db);
		const now = T0 + 30 * DAY;
		expect(await compactReviewLog(now)).toBe(BLOCK_SIZE);
		expect(await db.reviews.count()).toBe(300);
		expect(await db.reviewBlocks.count()).toBe(1);
		const after = await readReviewLog(db);
		expect(Array.from(after.id)).toEqual(Array.from(before.id));
		expect(Array.from(after.grade)).toEqual(Array.from(before.grade));
		expect(after.cardIds.length).toBe(12);
		expect((await checkIntegrity(settings)).mismatched).toEqual([]);
		// Too few old answers left for a block: nothing more to do.
		expect(await compactReviewLog(now)).toBe(0);
	});

	it('leaves the last week as rows', async () => {
		await answers(BLOCK_SIZE + 10);
		expect(await compactReviewLog(T0 + 2 * DAY)).toBe(0);
		expect(await db.reviewBlocks.count()).toBe(0);
	});
});

describe('reading a packed log', () => {
	it('finds answers since a time in blocks and rows alike', async () => {
		await answers(BLOCK_SIZE + 50);
		await compactReviewLog(T0 + 30 * DAY);
		const since = T0 + (BLOCK_SIZE - 10) * 600_000;
		expect((await answersSince(since)).map((r) => r.id)).toEqual(
			Array.from({ length: 60 }, (_, i) => BLOCK_SIZE - 9 + i)
		);
	});

	it('gives the stats every answer of blocks and rows, in log order, without numbering cards', async () => {
		await answers(BLOCK_SIZE + 20);
		const rows = await db.reviews.toArray();
		await compactReviewLog(T0 + 30 * DAY);
		expect(await db.reviewBlocks.count()).toBe(1);
		const columns = await readAnswerColumns(db);
		expect(Array.from(columns.id)).toEqual(rows.map((r) => r.id));
		expect(Array.from(columns.reviewedAt)).toEqual(rows.map((r) => r.reviewedAt));
		expect(Array.from(columns.grade)).toEqual(rows.map((r) => r.grade));
		expect(Array.from(columns.stateBefore)).toEqual(rows.map((r) => r.stateBefore));
	});

	it('replays to the same states as the rows did', async () => {
		await answers(BLOCK_SIZE + 20);
		const rows = await db.reviews.toArray();
		await compactReviewLog(T0 + 30 * DAY);
		const stored = new Map((await db.cards.toArray()).map((c) => [c.id, c.due]));
		const replayed = replay(rows, settings);
		for (const [id, memory] of replayed) expect(stored.get(id)).toBe(memory.due);
	});
});

describe('history chunks', () => {
	/** `count` answers over 40 cards, one a minute from T0, the first `packed` of them stored packed. */
	async function restoredLog(count: number, packed: number) {
		const rows = Array.from({ length: count }, (_, i) => ({
			id: i + 1,
			cardId: `card-${(i * 7) % 40}:recall`,
			grade: ((i % 4) + 1) as Grade,
			reviewedAt: T0 + i * 60_000,
			source: 'review' as const,
			durationMs: i,
			stateBefore: 2 as const,
			scheduledDays: i % 9
		}));
		await db.transaction('rw', logTables(db), () =>
			writeReviewLog(db, logFromRows(rows), T0 + packed * 60_000)
		);
		return rows;
	}

	it('finds each card’s answers in the chunks a restore wrote and in the rows packed after it, in log order', async () => {
		const rows = await restoredLog(3 * BLOCK_SIZE + 7, BLOCK_SIZE);
		expect(await compactReviewLog(T0 + 400 * DAY)).toBe(2 * BLOCK_SIZE);
		const chunks = await db.historyChunks.count();
		expect(chunks).toBeGreaterThan(0);
		expect(chunks).toBeLessThanOrEqual(Math.min(40, HISTORY_BUCKETS));
		expect(await db.cardHistories.count()).toBe(40);
		for (const asked of [['card-3:recall'], ['card-0:recall', 'card-39:recall', 'card-0:recall']]) {
			const got = await db.transaction('r', historyTables(db), () => answersOfCards(db, asked));
			const wanted = rows.filter((r) => asked.includes(r.cardId));
			expect(got.map(({ cardBefore: _none, ...r }) => r)).toEqual(wanted);
		}
	});

	it('gives the stats the same columns from the blocks’ stats as from the whole blocks, and the blocks when one is missing', async () => {
		await restoredLog(3 * BLOCK_SIZE + 7, BLOCK_SIZE);
		await compactReviewLog(T0 + 400 * DAY);
		const tables = [...logTables(db)];
		const read = () => db.transaction('r', tables, () => readStatsColumns(db));
		const whole = await db.transaction('r', tables, () => readAnswerColumns(db));
		const want = { reviewedAt: whole.reviewedAt, grade: whole.grade, stateBefore: whole.stateBefore };
		expect(await db.blockStats.count()).toBe(3);
		expect(await read()).toEqual(want);
		await db.blockStats.delete((await db.blockStats.toCollection().primaryKeys())[1]!);
		expect(await read()).toMatchObject(want);
		await db.blockStats.clear();
		await db.blockStats.put({
			id: 1,
			reviewedAt: new Float64Array(2),
			grade: new Uint8Array(1),
			stateBefore: new Uint8Array(2)
		});
		expect(await read()).toMatchObject(want);
	});

	it('starts the card list with a learner’s first packed block', async () => {
		await answers(BLOCK_SIZE + 5, T0);
		expect(await db.logCards.count()).toBe(0);
		expect(await compactReviewLog(T0 + 400 * DAY)).toBe(BLOCK_SIZE);
		expect((await db.logCards.get(0))?.blocks).toBe(1);
		expect((await db.reviewBlocks.toArray())[0]?.logCard).toHaveLength(BLOCK_SIZE);
	});

	it('reads the log the same through the blocks’ card list as by numbering every block’s cards, and falls back when the list does not hold', async () => {
		await restoredLog(3 * BLOCK_SIZE + 7, BLOCK_SIZE);
		await compactReviewLog(T0 + 400 * DAY);
		const listed = () => db.transaction('r', logReadTables(db), () => readReviewLog(db));
		const numbered = () => db.transaction('r', db.reviews, db.reviewBlocks, () => readReviewLog(db));
		const blocks = await db.reviewBlocks.toArray();
		expect(blocks.map((b) => b.logCard?.length)).toEqual([BLOCK_SIZE, BLOCK_SIZE, BLOCK_SIZE]);
		expect((await db.logCards.get(0))?.blocks).toBe(3);
		const want = await numbered();
		expect(await listed()).toEqual(want);
		await db.logCards.update(0, { cardIdsJson: '["card-1:recall","card-1:recall"]' });
		expect(await listed()).toEqual(want);
		await db.logCards.update(0, { cardIdsJson: '[]' });
		expect(await listed()).toEqual(want);
		await db.logCards.delete(0);
		expect(await listed()).toEqual(want);
	});

	/** `count` answers over `cards` cards, one a minute from T0, with every grade and earlier state. */
	function minuteLog(count: number, cards: number) {
		return logFromRows(
			Array.from({ length: count }, (_, i) => ({
				id: i + 1,
				cardId: `card-${i % cards}:recall`,
				grade: ((i % 4) + 1) as Grade,
				reviewedAt: T0 + i * 60_000,
				source: 'review' as const,
				durationMs: 5,
				stateBefore: (i % 3) as 0 | 1 | 2,
				scheduledDays: 1
			}))
		);
	}

	/** A version 10 database holding `blocks`, closed again; the returned one opens it at the latest version. */
	const upgradedFromVersion10 = (blocks: readonly object[]) =>
		upgradedFrom(10, (older) => older.table('reviewBlocks').bulkAdd([...blocks]));

	/** Blocks as version 10 wrote them, without the log's card numbers. */
	const version10Blocks = (log: ReturnType<typeof logFromRows>) =>
		packReviewLog(log, T0 + 400 * DAY).blocks.map(({ logCard: _none, ...block }) => block);

	it('gives the blocks of a version 10 database their stats columns on upgrade', async () => {
		const log = minuteLog(BLOCK_SIZE + 3, 9);
		const upgraded = await upgradedFromVersion10(version10Blocks(log));
		const read = await upgraded.transaction('r', logReadTables(upgraded), () => readReviewLog(upgraded));
		expect(read.cardIds).toEqual(log.cardIds);
		expect(read.card).toEqual(log.card.slice(0, BLOCK_SIZE + 3));
		expect((await upgraded.logCards.get(0))?.blocks).toBe(2);
		const stats = await upgraded.blockStats.toArray();
		expect(stats.map((s) => s.reviewedAt.length)).toEqual([BLOCK_SIZE, 3]);
		expect(Array.from(stats[1]!.stateBefore)).toEqual([...log.stateBefore.slice(BLOCK_SIZE)]);
		upgraded.close();
	});

	it('opens a version 10 database holding a damaged block, and leaves its log to be numbered while read', async () => {
		const [block] = version10Blocks(minuteLog(BLOCK_SIZE, 5));
		const damaged = [block!, { ...block!, cardIdsJson: '{not json' }];
		const upgraded = await upgradedFromVersion10(damaged);
		expect(await upgraded.logCards.count()).toBe(0);
		expect(await upgraded.blockStats.count()).toBe(2);
		upgraded.close();
	});

	it('reads the histories of cards a version 9 database packed, beside the new chunks', async () => {
		const { AppDatabase, SCHEMA_VERSIONS } = await import('./db');
		const name = `histories-v9-${Date.now()}`;
		const older = new AppDatabase(
			name,
			SCHEMA_VERSIONS.filter((v) => v.version <= 9)
		);
		await older.table('cardHistories').add({
			cardId: 'a:recall',
			ids: Float64Array.from([1, 3]),
			grade: Uint8Array.from([3, 1]),
			reviewedAt: Float64Array.from([T0 - 2, T0]),
			source: Uint8Array.from([0, 0]),
			durationMs: Float64Array.from([1, 1]),
			stateBefore: Uint8Array.from([0, 2]),
			scheduledDays: Float64Array.from([0, 1])
		});
		older.close();
		const upgraded = new AppDatabase(name);
		const answersOfA = await upgraded.transaction('r', historyTables(upgraded), () =>
			answersOfCards(upgraded, ['a:recall'])
		);
		expect(answersOfA.map((r) => [r.id, r.grade])).toEqual([
			[1, 3],
			[3, 1]
		]);
		expect(await upgraded.historyChunks.count()).toBe(0);
		upgraded.close();
	});
});

/** A card whose history is packed, answered again weeks later; returns the card as it was before. */
async function lateAnswerOnPackedHistory() {
	await answers(BLOCK_SIZE + 12);
	await compactReviewLog(T0 + 30 * DAY);
	const before = await db.cards.get('card-0:recall');
	const late = T0 + 40 * DAY;
	const { reviewId } = await recordAnswer(
		{ cardId: 'card-0:recall', grade: 1, now: late, source: 'review', durationMs: 1 },
		settings
	);
	return { before, reviewId };
}

describe('undo', () => {
	it('restores the card from the answer’s snapshot, even when its history is packed', async () => {
		const { before, reviewId } = await lateAnswerOnPackedHistory();
		await undoAnswer(reviewId, settings);
		expect(await db.cards.get('card-0:recall')).toEqual(before);
		expect((await checkIntegrity(settings)).mismatched).toEqual([]);
	});

	it('replays the packed history for an answer recorded without a snapshot', async () => {
		const { before, reviewId } = await lateAnswerOnPackedHistory();
		await db.reviews.update(reviewId, { cardBefore: undefined });
		await undoAnswer(reviewId, settings);
		expect(await db.cards.get('card-0:recall')).toEqual(before);
	});
});

describe('block card index', () => {
	it('moves blocks written before version 6 to indexed card lists, answers intact', async () => {
		const { AppDatabase, SCHEMA_VERSIONS } = await import('./db');
		const name = `blocks-v5-${Date.now()}`;
		const older = new AppDatabase(
			name,
			SCHEMA_VERSIONS.filter((v) => v.version <= 5)
		);
		await older.table('reviewBlocks').add({
			lastAt: T0,
			cardIds: 'a:recall\nb:recall',
			card: Uint32Array.from([0, 1, 0]),
			ids: Float64Array.from([1, 2, 3]),
			grade: Uint8Array.from([3, 1, 4]),
			reviewedAt: Float64Array.from([T0 - 2, T0 - 1, T0]),
			source: Uint8Array.from([0, 0, 0]),
			durationMs: Float64Array.from([1, 1, 1]),
			stateBefore: Uint8Array.from([0, 0, 2]),
			scheduledDays: Float64Array.from([0, 0, 1])
		});
		older.close();
		const upgraded = new AppDatabase(name);
		const answersOfA = await upgraded.transaction('r', historyTables(upgraded), () =>
			answersOfCards(upgraded, ['a:recall'])
		);
		expect(answersOfA.map((r) => r.grade)).toEqual([3, 4]);
		expect((await readReviewLog(upgraded)).cardIds).toEqual(['a:recall', 'b:recall']);
		upgraded.close();
	});

	it('keeps every answer and card of blocks written before version 9, when their card lists become one string', async () => {
		const { AppDatabase, SCHEMA_VERSIONS } = await import('./db');
		await answers(BLOCK_SIZE + 24);
		await compactReviewLog(T0 + 60 * DAY);
		const before = await readReviewLog(db);
		const stored = await db.reviewBlocks.toArray();
		const histories = await db.cardHistories.toArray();
		const name = `blocks-v8-${Date.now()}`;
		const older = new AppDatabase(
			name,
			SCHEMA_VERSIONS.filter((v) => v.version <= 8)
		);
		await older.table('reviewBlocks').bulkAdd(
			stored.map(({ cardIdsJson, ...block }) => ({
				...block,
				cardIds: JSON.parse(cardIdsJson) as string[]
			}))
		);
		await older.table('reviews').bulkAdd(await db.reviews.toArray());
		await older.table('cardHistories').bulkAdd(histories);
		older.close();
		const upgraded = new AppDatabase(name);
		const [block] = await upgraded.reviewBlocks.toArray();
		expect(block).not.toHaveProperty('cardIds');
		expect(await readReviewLog(upgraded)).toEqual(before);
		expect(upgraded.reviewBlocks.schema.idxByName).not.toHaveProperty('cardIds');
		upgraded.close();
	});

	it('finds a card’s answers in every block that holds it, oldest first', async () => {
		await answers(2 * BLOCK_SIZE + 24);
		await compactReviewLog(T0 + 60 * DAY);
		expect(await db.reviewBlocks.count()).toBe(2);
		const log = await readReviewLog(db);
		const got = await db.transaction('r', historyTables(db), () => answersOfCards(db, ['card-5:recall']));
		const expected = Array.from(log.card)
			.map((c, i) => [log.cardIds[c], log.reviewedAt[i]] as const)
			.filter(([id]) => id === 'card-5:recall')
			.map(([, at]) => at);
		expect(got.map((r) => r.reviewedAt)).toEqual(expected);
		expect(got.length).toBe(Math.ceil((2 * BLOCK_SIZE + 24 - 5) / 12));
	});
});
