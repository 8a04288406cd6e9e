/// <reference lib="webworker" />
/**
 * Fits FSRS parameters to the learner's review log with fsrs-browser (the fsrs-rs optimizer in
 * WebAssembly, on a pool of threads), and scores the current and the fitted parameters on that log.
 */
import init, { Fsrs, initThreadPool, Progress } from 'fsrs-browser';
import { default_w } from 'ts-fsrs';
import { AppDatabase, ANSWER_SOURCES, useDatabase } from '$lib/data/db';
import { readReviewLog } from '$lib/data/review-log';
import { evaluateWeights } from '$lib/domain/optimizer/evaluate';
import {
	cardHistories,
	longTermReviews,
	MINIMUM_REVIEWS,
	type CardHistories
} from '$lib/domain/optimizer/history';
import { firstReviewAfterFit, reviewsSinceFit } from '$lib/domain/optimizer/reminder';
import { trainingItems } from '$lib/domain/optimizer/training-items';
import type { OptimizerReply, OptimizerRequest } from '$lib/state/loaders/optimizer-protocol';

const REVIEW = ANSWER_SOURCES.indexOf('review');
const QUARTER_HOUR = 900_000;
const offsets = new Map<number, number>();
/** The local UTC offset (minutes); zones change it only on quarter hours, so one Date serves each. */
function offsetAt(at: number): number {
	const quarter = Math.floor(at / QUARTER_HOUR);
	let offset = offsets.get(quarter);
	if (offset === undefined) {
		offset = -new Date(quarter * QUARTER_HOUR).getTimezoneOffset() || 0;
		offsets.set(quarter, offset);
	}
	return offset;
}

/** The count for the reminder and, once it is due, how both parameter sets score on the new reviews. */
function count(histories: CardHistories, reviews: number, request: OptimizerRequest): OptimizerReply {
	const since = reviewsSinceFit(request.fittedAtReviews, reviews);
	if (since === null || request.fittedAtReviews === undefined) return { kind: 'count', reviews };
	const from = firstReviewAfterFit(histories, request.fittedAtReviews);
	const current = evaluateWeights(histories, request.weights, from);
	const defaults = evaluateWeights(histories, default_w, from);
	return { kind: 'count', reviews, sinceFit: { reviews: current.reviews, current, defaults } };
}

async function fit(request: OptimizerRequest): Promise<OptimizerReply> {
	const started = performance.now();
	useDatabase(new AppDatabase(request.dbName));
	const log = await readReviewLog();
	const histories = cardHistories(log, (i) => log.source[i] === REVIEW, request.rolloverHour, offsetAt);
	const reviews = longTermReviews(histories);
	if (request.countOnly) return count(histories, reviews, request);
	if (reviews < MINIMUM_REVIEWS) return { kind: 'too-little', reviews };
	const read = performance.now();
	const current = evaluateWeights(histories, request.weights);
	const evaluated = performance.now();
	const wasm = await init();
	await initThreadPool(Math.max(1, request.threads));
	const progress = Progress.new();
	postMessage({
		kind: 'progress',
		buffer: wasm.memory.buffer,
		pointer: progress.pointer()
	} satisfies OptimizerReply);
	const itemsStart = performance.now();
	const items = trainingItems(histories);
	const itemsEnd = performance.now();
	const fsrs = new Fsrs();
	const weights = Array.from(
		fsrs.computeParameters(items.ratings, items.deltaTs, items.lengths, progress, true)
	);
	const fitEnd = performance.now();
	const fitted = evaluateWeights(histories, weights);
	const timings = {
		readMs: read - started,
		evaluateMs: evaluated - read + (performance.now() - fitEnd),
		itemsMs: itemsEnd - itemsStart,
		fitMs: fitEnd - itemsEnd
	};
	const training = {
		items: items.lengths.length,
		reviews: items.ratings.length,
		cards: items.cards,
		ofCards: items.ofCards
	};
	return { kind: 'fitted', reviews, current, fitted, weights, training, timings };
}

self.onmessage = async (event: MessageEvent<OptimizerRequest>) => {
	try {
		postMessage(await fit(event.data));
	} catch (error) {
		postMessage({
			kind: 'error',
			message: error instanceof Error ? error.message : String(error)
		} satisfies OptimizerReply);
	}
};
