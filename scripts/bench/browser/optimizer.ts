/**
 * Optimizer figures in Chromium: the fit and both log-loss evaluations in the app's optimizer worker
 * over the seeded review log, the main thread's longest task meanwhile, and the retention/workload
 * simulation in the app's workload worker.
 */
import { default_w } from 'ts-fsrs';
import { optimizerWorker, type OptimizerReply } from '$lib/state/loaders/optimizer-protocol';
import { simulateWorkload } from '$lib/state/loaders/workload-client';
import type { BenchFigures } from './bench';

/** The longest main-thread task (ms) while `work` runs, from the Long Tasks API. */
async function longestTaskDuring<T>(work: () => Promise<T>): Promise<[number, T]> {
	let longest = 0;
	const observer = new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
	});
	observer.observe({ type: 'longtask', buffered: false });
	try {
		const result = await work();
		return [longest, result];
	} finally {
		observer.disconnect();
	}
}

function fit(dbName: string): Promise<Extract<OptimizerReply, { kind: 'fitted' }>> {
	const worker = optimizerWorker();
	return new Promise((resolve, reject) => {
		worker.onmessage = ({ data }: MessageEvent<OptimizerReply>) => {
			if (data.kind === 'progress') return;
			worker.terminate();
			if (data.kind === 'fitted') resolve(data);
			else reject(new Error(`optimizer: ${data.kind === 'error' ? data.message : data.kind}`));
		};
		worker.onerror = (e) => reject(new Error(e.message));
		worker.postMessage({
			dbName,
			rolloverHour: 4,
			weights: [...default_w],
			threads: Math.min(4, navigator.hardwareConcurrency || 2)
		});
	});
}

export async function optimizerFigures(dbName: string): Promise<BenchFigures> {
	const started = performance.now();
	const [longestTaskMs, reply] = await longestTaskDuring(() => fit(dbName));
	const wallMs = performance.now() - started;
	const workloadStart = performance.now();
	const curve = await simulateWorkload({
		weights: reply.weights,
		cards: 10_000,
		// 28 a day brings every one of the 10,000 cards in within the simulated year.
		newPerDay: 28,
		maximumIntervalDays: 36_500,
		seed: 16
	});
	return {
		optimizerFitMs: wallMs - reply.timings.evaluateMs,
		optimizerEvaluateMs: reply.timings.evaluateMs,
		optimizerLongestTaskMs: longestTaskMs,
		optimizerReadMs: reply.timings.readMs,
		optimizerItemsMs: reply.timings.itemsMs,
		optimizerWasmMs: reply.timings.fitMs,
		optimizerTrainingItems: reply.training.items,
		optimizerTrainingReviews: reply.training.reviews,
		optimizerTrainingCards: reply.training.cards,
		optimizerCards: reply.training.ofCards,
		optimizerIsolated: crossOriginIsolated ? 1 : 0,
		optimizerReviews: reply.reviews,
		logLossDefault: reply.current.logLoss,
		logLossFitted: reply.fitted.logLoss,
		workloadMs: curve ? performance.now() - workloadStart : NaN,
		workloadPoints: curve?.points.length ?? 0
	};
}
