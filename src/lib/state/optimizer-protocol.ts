/** Messages between the Optimize screen and the optimizer worker. */
import type { FitQuality } from '$lib/domain/optimizer/evaluate';

export interface OptimizerRequest {
	dbName: string;
	rolloverHour: number;
	/** the parameters in use now, scored beside the fitted ones */
	weights: number[];
	threads: number;
}

export type OptimizerReply =
	| { kind: 'too-little'; reviews: number }
	/** where fsrs-browser counts its progress: [items done, items total] as u32 at `pointer` */
	| { kind: 'progress'; buffer: ArrayBufferLike; pointer: number }
	| { kind: 'fitted'; reviews: number; current: FitQuality; fitted: FitQuality; weights: number[] }
	| { kind: 'error'; message: string };

/** A fresh optimizer worker; the WebAssembly loads only inside it. */
export function optimizerWorker(): Worker {
	return new Worker(new URL('../workers/optimizer.worker.ts', import.meta.url), { type: 'module' });
}
