/**
 * Stats for the stats page. Reading a large review log and aggregating it runs in a Web Worker
 * (../workers/stats.worker.ts) so the page never freezes; where workers are unavailable (Node
 * tests) the same code runs on this thread instead.
 */
import { LEVELS } from '$lib/content/schema';
import { deckCardIds, type StudyContent } from '$lib/content/study';
import { database } from './db';
import {
	computeStats,
	type LoadedStats,
	type ProgressListener,
	type StatsRequest,
	type StatsWorkerMessage,
	type StatsWorkerRequest
} from './stats-reader';

export type { LoadedStats, StatsRequest, StatsTimings } from './stats-reader';

export interface LoadStatsOptions {
	/** answers read so far, of about `total` */
	onProgress?: ProgressListener;
	/** aborting stops the worker and rejects with the signal's reason */
	signal?: AbortSignal;
}

/** Whether any answer is stored, read from two counts: a new learner's page needs no worker or content. */
export async function hasAnswers(): Promise<boolean> {
	const db = database();
	const [rows, blocks] = await Promise.all([db.reviews.count(), db.reviewBlocks.count()]);
	return rows + blocks > 0;
}

/** Each item's level and the course's card count per level, over every deck's cards. */
export function statsLevels(content: StudyContent): Pick<StatsRequest, 'levelOf' | 'totalCardsByLevel'> {
	const totalCardsByLevel: Record<string, number> = Object.fromEntries(LEVELS.map((level) => [level, 0]));
	const levelOf: Record<string, string> = {};
	const cardIds = new Set(content.decks.flatMap((deck) => deckCardIds(deck, content.items)));
	for (const id of cardIds) {
		const itemId = id.slice(0, id.indexOf(':'));
		const level = content.items.get(itemId)?.level;
		if (!level) continue;
		levelOf[itemId] = level;
		totalCardsByLevel[level] = (totalCardsByLevel[level] ?? 0) + 1;
	}
	return { levelOf, totalCardsByLevel };
}

function inWorker(request: StatsWorkerRequest, options: LoadStatsOptions): Promise<LoadedStats> {
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('../workers/stats.worker.ts', import.meta.url), { type: 'module' });
		const finish = () => {
			worker.terminate();
			options.signal?.removeEventListener('abort', abort);
		};
		const abort = () => {
			finish();
			const reason: unknown = options.signal?.reason;
			reject(reason instanceof Error ? reason : new DOMException('Aborted', 'AbortError'));
		};
		options.signal?.addEventListener('abort', abort, { once: true });
		worker.addEventListener('message', (event: MessageEvent<StatsWorkerMessage>) => {
			const message = event.data;
			if (message.type === 'progress') return options.onProgress?.(message.loaded, message.total);
			finish();
			if (message.type === 'done') resolve({ ...message.report, timings: message.timings });
			else reject(new Error(message.message));
		});
		worker.addEventListener('error', (event) => {
			finish();
			reject(new Error(event.message || 'The stats worker could not start'));
		});
		worker.postMessage(request);
	});
}

/** Stats over the whole review log, computed in a worker when the browser has them. */
export async function loadStats(request: StatsRequest, options: LoadStatsOptions = {}): Promise<LoadedStats> {
	options.signal?.throwIfAborted();
	const db = database();
	if (typeof Worker === 'undefined') return computeStats(request, db, options.onProgress);
	return inWorker({ ...request, dbName: db.name }, options);
}
