/** Retention versus workload for the learner's decks and parameters, simulated in a worker. */
import { default_w } from 'ts-fsrs';
import type { WorkloadCurve } from '$lib/domain/optimizer/workload';
import type { SchedulerSettings } from '$lib/domain/scheduling/types';
import { deckSize, simulateWorkload, type WorkloadRequest } from '../loaders/workload-client';

export class Workload {
	#curve = $state<WorkloadCurve | null>(null);
	#cards = $state(0);
	#running = $state(false);
	#failed = $state(false);

	get curve(): WorkloadCurve | null {
		return this.#curve;
	}
	get cards(): number {
		return this.#cards;
	}
	get running(): boolean {
		return this.#running;
	}
	get failed(): boolean {
		return this.#failed;
	}

	/** Simulates with `settings`' parameters; a later call replaces an earlier one's result. */
	async run(settings: SchedulerSettings): Promise<void> {
		this.#running = true;
		this.#failed = false;
		const cards = await deckSize();
		const request: WorkloadRequest = {
			weights: [...(settings.weights ?? default_w)],
			cards,
			newPerDay: settings.newPerDay,
			maximumIntervalDays: settings.maximumIntervalDays,
			seed: 16
		};
		const curve = await simulateWorkload(request);
		this.#cards = cards;
		this.#curve = curve;
		this.#failed = curve === null;
		this.#running = false;
	}
}
