/**
 * The Optimize screen's state: fits parameters in a worker, shows how the current and the fitted ones
 * score on the learner's history, and applies or undoes them with the settings (which reschedules).
 */
import { default_w } from 'ts-fsrs';
import { reviewLogDatabaseName } from '$lib/data/review-log';
import { saveSchedulerSettings } from '$lib/data/settings-repository';
import type { FitQuality } from '$lib/domain/optimizer/evaluate';
import { reviewsSinceFit } from '$lib/domain/optimizer/reminder';
import type { SchedulerSettings } from '$lib/domain/scheduling/types';
import {
	optimizerWorker,
	type OptimizerReply,
	type OptimizerRequest,
	type TrainingSet
} from '../loaders/optimizer-protocol';

export type OptimizerStatus = 'idle' | 'fitting' | 'too-little' | 'fitted' | 'applying' | 'error';
export interface FitResult {
	reviews: number;
	current: FitQuality;
	fitted: FitQuality;
	weights: number[];
	training: TrainingSet;
}

/** The re-optimize suggestion: new long-term reviews since the fit, and log loss on just those. */
export interface Reminder {
	count: number;
	/** with the parameters in use */
	current: number;
	/** with the default parameters */
	defaults: number;
}

export class Optimizer {
	#status = $state<OptimizerStatus>('idle');
	#progress = $state({ done: 0, total: 0 });
	#result = $state<FitResult | null>(null);
	#reviews = $state(0);
	#error = $state('');
	#sinceFit = $state<Reminder | null>(null);

	get status(): OptimizerStatus {
		return this.#status;
	}
	get progress(): { done: number; total: number } {
		return this.#progress;
	}
	get result(): FitResult | null {
		return this.#result;
	}
	/** long-term reviews found when there were too few */
	get reviews(): number {
		return this.#reviews;
	}
	get error(): string {
		return this.#error;
	}
	/** new reviews since the applied fit, once there are enough to suggest fitting again */
	get sinceFit(): Reminder | null {
		return this.#sinceFit;
	}

	/** Counts the history in the worker (no WebAssembly) and, when a new fit is worth suggesting, scores the new reviews. */
	remind(settings: SchedulerSettings): void {
		const fittedAt = settings.fittedAtReviews;
		if (fittedAt === undefined || !settings.weights) {
			this.#sinceFit = null;
			return;
		}
		const worker = optimizerWorker();
		worker.onmessage = ({ data }: MessageEvent<OptimizerReply>) => {
			worker.terminate();
			const count = data.kind === 'count' ? reviewsSinceFit(fittedAt, data.reviews) : null;
			if (count === null || data.kind !== 'count' || !data.sinceFit) return;
			const { current, defaults } = data.sinceFit;
			this.#sinceFit = { count, current: current.logLoss, defaults: defaults.logLoss };
		};
		worker.onerror = () => worker.terminate();
		worker.postMessage({
			...this.#request(settings),
			countOnly: true,
			fittedAtReviews: fittedAt
		} satisfies OptimizerRequest);
	}

	#request(settings: SchedulerSettings): OptimizerRequest {
		return {
			dbName: reviewLogDatabaseName(),
			rolloverHour: settings.dayRolloverHour,
			weights: settings.weights ?? [...default_w],
			threads: Math.min(4, navigator.hardwareConcurrency || 2)
		};
	}

	/** Fits parameters to the whole log; the WebAssembly loads only now, in the worker. */
	fit(settings: SchedulerSettings): void {
		this.#status = 'fitting';
		this.#result = null;
		this.#progress = { done: 0, total: 0 };
		const worker = optimizerWorker();
		let timer: ReturnType<typeof setInterval> | undefined;
		const finish = () => {
			clearInterval(timer);
			worker.terminate();
		};
		worker.onmessage = ({ data }: MessageEvent<OptimizerReply>) => {
			if (data.kind === 'progress') {
				// fsrs-browser writes its progress into shared memory; reading it costs the page nothing.
				const counts = new Uint32Array(data.buffer, data.pointer, 2);
				timer = setInterval(() => (this.#progress = { done: counts[0] ?? 0, total: counts[1] ?? 0 }), 200);
				return;
			}
			finish();
			if (data.kind === 'too-little') {
				this.#reviews = data.reviews;
				this.#status = 'too-little';
			} else if (data.kind === 'fitted') {
				this.#result = data;
				this.#status = 'fitted';
			} else if (data.kind === 'error') {
				this.#error = data.message;
				this.#status = 'error';
			}
		};
		worker.onerror = (event) => {
			finish();
			this.#error = event.message;
			this.#status = 'error';
		};
		this.#sinceFit = null;
		worker.postMessage(this.#request(settings));
	}

	/** Saves the fitted parameters with the settings and reschedules every card, keeping the old ones for undo. */
	async apply(settings: SchedulerSettings): Promise<SchedulerSettings> {
		const result = this.#result;
		if (!result) return settings;
		return this.#save(settings, {
			...settings,
			weights: result.weights,
			previousWeights: settings.weights ?? [...default_w],
			fittedAtReviews: result.reviews
		});
	}

	/** Puts back the parameters from before the last fit. */
	async undo(settings: SchedulerSettings): Promise<SchedulerSettings> {
		const { previousWeights, ...rest } = settings;
		if (!previousWeights) return settings;
		return this.#save(settings, { ...rest, weights: previousWeights });
	}

	/** Saves `next`; on failure the settings stay as they were (`before`). */
	async #save(before: SchedulerSettings, next: SchedulerSettings): Promise<SchedulerSettings> {
		this.#status = 'applying';
		try {
			// Plain data: the worker that reschedules cannot receive reactive proxies.
			const saved = await saveSchedulerSettings($state.snapshot(next));
			this.#status = 'idle';
			this.#result = null;
			return saved;
		} catch (error) {
			this.#error = error instanceof Error ? error.message : String(error);
			this.#status = 'error';
			return before;
		}
	}
}
