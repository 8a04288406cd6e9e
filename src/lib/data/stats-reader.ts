/**
 * Reads what the stats need in the shape they need it (the review log as typed columns, and the
 * stored cards) and aggregates it. The stats worker runs this; so does the main thread where
 * workers are unavailable. It must not import the content or stats-repository.ts, which spawns the worker.
 */
import { aggregate, type StatsReport } from '$lib/domain/stats/aggregate';
import type { ReviewColumns, StatsCard } from '$lib/domain/stats/types';
import { cardTables, readCards, refreshCardMirror } from './card-mirror';
import type { AppDatabase } from './db';
import { readStatsColumns } from './review-log';

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

/** The review log as columns and every stored card; `onProgress` hears how many answers were read. */
export async function readStatsData(db: AppDatabase, onProgress?: ProgressListener): Promise<StatsData> {
	const { log, cards } = await db.transaction(
		'r',
		[db.reviews, db.reviewBlocks, db.blockStats, ...cardTables(db)],
		async () => {
			const [log, cards] = await Promise.all([readStatsColumns(db), readCards(db)]);
			return { log, cards };
		}
	);
	onProgress?.(log.reviewedAt.length, log.reviewedAt.length);
	// Read from the rows, the cards are written as pages, so the next stats read is quick.
	if (cards.stale) await refreshCardMirror(db, cards);
	return {
		reviews: { reviewedAt: log.reviewedAt, grade: log.grade, stateBefore: log.stateBefore },
		cards: cards.rows
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
