/** Messages between the Optimize screen and the optimizer worker. */
import type { FitQuality } from '$lib/domain/optimizer/evaluate';

export interface OptimizerTimings {
	/** reading the log and grouping it by card */
	readMs: number;
	/** scoring the current and the fitted parameters */
	evaluateMs: number;
	/** turning histories into the optimizer's items */
	itemsMs: number;
	/** the fit itself, in WebAssembly */
	fitMs: number;
}

/** What the fit trained on: a whole-card sample when the history is large (see training-items.ts). */
export interface TrainingSet {
	items: number;
	/** entries in all items together (each item repeats its card's history) */
	reviews: number;
	cards: number;
	/** cards with any review on a later day */
	ofCards: number;
}

export interface OptimizerRequest {
	dbName: string;
	rolloverHour: number;
	/** the parameters in use now, scored beside the fitted ones */
	weights: number[];
	threads: number;
	/** only count the long-term reviews, for the re-optimize reminder */
	countOnly?: boolean;
	/** with `countOnly`: the count at the last fit, to score the reviews added since */
	fittedAtReviews?: number;
}

/** The parameters in use and the defaults, scored on the long-term reviews added since the last fit. */
export interface SinceFit {
	reviews: number;
	current: FitQuality;
	defaults: FitQuality;
}

export type OptimizerReply =
	| { kind: 'too-little'; reviews: number }
	| { kind: 'count'; reviews: number; sinceFit?: SinceFit }
	/** where fsrs-browser counts its progress: [items done, items total] as u32 at `pointer` */
	| { kind: 'progress'; buffer: ArrayBufferLike; pointer: number }
	| {
			kind: 'fitted';
			reviews: number;
			current: FitQuality;
			fitted: FitQuality;
			weights: number[];
			training: TrainingSet;
			/** how long each phase took in the worker (ms), for the bench */
			timings: OptimizerTimings;
	  }
	| { kind: 'error'; message: string };

/** A fresh optimizer worker; the WebAssembly loads only inside it. */
export function optimizerWorker(): Worker {
	return new Worker(new URL('../../workers/optimizer.worker.ts', import.meta.url), { type: 'module' });
}
