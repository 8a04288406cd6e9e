/** Messages between the Optimize screen and the optimizer worker. */
import type { FitQuality } from '$lib/domain/optimizer/evaluate';

export interface OptimizerTimings {
	/** reading the log and grouping it by card */
	readMs: number;
	/** scoring the current and the fitted parameters */
	evaluateMs: number;
	/** the fit itself */
	fitMs: number;
}

export interface OptimizerRequest {
	dbName: string;
	rolloverHour: number;
	/** the parameters in use now, scored beside the fitted ones */
	weights: number[];
	threads: number;
	/** only count the long-term reviews, for the re-optimize reminder */
	countOnly?: boolean;
}

export type OptimizerReply =
	| { kind: 'too-little'; reviews: number }
	| { kind: 'count'; reviews: number }
	/** where fsrs-browser counts its progress: [items done, items total] as u32 at `pointer` */
	| { kind: 'progress'; buffer: ArrayBufferLike; pointer: number }
	| {
			kind: 'fitted';
			reviews: number;
			current: FitQuality;
			fitted: FitQuality;
			weights: number[];
			/** how long each phase took in the worker (ms), for the bench */
			timings: OptimizerTimings;
	  }
	| { kind: 'error'; message: string };

/** A fresh optimizer worker; the WebAssembly loads only inside it. */
export function optimizerWorker(): Worker {
	return new Worker(new URL('../workers/optimizer.worker.ts', import.meta.url), { type: 'module' });
}
