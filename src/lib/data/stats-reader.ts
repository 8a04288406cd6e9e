/**
 * Reads what the stats need in the shape they need it (the review log as typed columns, read in
 * primary-key chunks so no read holds a million row objects, and the stored cards) and aggregates
 * it. The stats worker runs this; so does the main thread where workers are unavailable. It must
 * not import the content or stats-repository.ts, which spawns the worker.
 */
import { aggregate, type StatsReport } from '$lib/domain/stats/aggregate';
import type { ReviewColumns, StatsCard } from '$lib/domain/stats/types';
import type { AppDatabase } from './db';

/** Rows per read: big enough that a read's overhead is small, small enough to keep memory flat. */
const CHUNK = 50_000;

/** What the worker needs besides the database: the course's levels and the clock. */
export interface StatsRequest {
	/** item id → CEFR level */
	levelOf: Record<string, string>;
	/** cards in the course per level, in level order */
	totalCardsByLevel: Record<string, number>;
	/** epoch ms */
	now: number;
	rolloverHour: number;
	/** minutes local time is ahead of UTC */
	utcOffsetMinutes: number;
}

export interface StatsTimings {
	/** answers read */
	reviews: number;
	/** card rows read */
	cards: number;
	/** ms reading IndexedDB */
	readMs: number;
	/** ms aggregating */
	aggregateMs: number;
	inWorker: boolean;
}

export interface LoadedStats extends StatsReport {
	timings: StatsTimings;
}

/** The message the page posts to the stats worker. */
export interface StatsWorkerRequest extends StatsRequest {
	/** the IndexedDB database to read; the worker opens its own connection to it */
	dbName: string;
}

/** Messages from the stats worker. */
export type StatsWorkerMessage =
	| { type: 'progress'; loaded: number; total: number }
	| { type: 'done'; report: StatsReport; timings: StatsTimings }
	| { type: 'error'; message: string };

export type ProgressListener = (loaded: number, total: number) => void;

export interface StatsData {
	reviews: ReviewColumns & { reviewedAt: Float64Array; grade: Uint8Array; stateBefore: Uint8Array };
	cards: StatsCard[];
}

function grow<T extends Float64Array | Uint8Array>(array: T, size: number, make: (n: number) => T): T {
	if (array.length >= size) return array;
	const bigger = make(Math.max(size, array.length * 2));
	bigger.set(array);
	return bigger;
}

/** The review log as columns and every stored card; `onProgress` hears how many answers are read. */
export async function readStatsData(
	db: AppDatabase,
	onProgress?: ProgressListener,
	chunk = CHUNK
): Promise<StatsData> {
	const [total, cards] = await Promise.all([db.reviews.count(), db.cards.toArray()]);
	let reviewedAt = new Float64Array(total);
	let grade = new Uint8Array(total);
	let stateBefore = new Uint8Array(total);
	let loaded = 0;
	let after = -Infinity;
	for (;;) {
		const rows = await db.reviews.where(':id').above(after).limit(chunk).raw().toArray();
		// Answers recorded since the count was taken still fit.
		reviewedAt = grow(reviewedAt, loaded + rows.length, (n) => new Float64Array(n));
		grade = grow(grade, loaded + rows.length, (n) => new Uint8Array(n));
		stateBefore = grow(stateBefore, loaded + rows.length, (n) => new Uint8Array(n));
		for (const row of rows) {
			reviewedAt[loaded] = row.reviewedAt;
			grade[loaded] = row.grade;
			stateBefore[loaded] = row.stateBefore;
			loaded += 1;
		}
		onProgress?.(loaded, Math.max(total, loaded));
		const last = rows.at(-1);
		if (rows.length < chunk || last?.id === undefined) break;
		after = last.id;
	}
	return {
		reviews: {
			reviewedAt: reviewedAt.subarray(0, loaded),
			grade: grade.subarray(0, loaded),
			stateBefore: stateBefore.subarray(0, loaded)
		},
		cards
	};
}

/** Reads and aggregates in the calling thread, timing both. */
export async function computeStats(
	request: StatsRequest,
	db: AppDatabase,
	onProgress?: ProgressListener,
	inWorker = false
): Promise<LoadedStats> {
	const started = performance.now();
	const { reviews, cards } = await readStatsData(db, onProgress);
	const read = performance.now();
	const report = aggregate({ ...request, reviews, cards });
	const timings: StatsTimings = {
		reviews: reviews.reviewedAt.length,
		cards: cards.length,
		readMs: Math.round(read - started),
		aggregateMs: Math.round(performance.now() - read),
		inWorker
	};
	return { ...report, timings };
}
