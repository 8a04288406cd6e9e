/** Retention versus workload: a year of simulated reviews of a deck at each desired retention. */
import { FSRSAlgorithm, generatorParameters, type FSRSState } from 'ts-fsrs';
import type { Random } from '$lib/domain/practice/random';

/** 0.70, 0.72 … 0.96, 0.97: the 14 desired retentions compared */
export const RETENTIONS: readonly number[] = Object.freeze([
	0.7, 0.72, 0.74, 0.76, 0.78, 0.8, 0.82, 0.84, 0.86, 0.88, 0.9, 0.92, 0.94, 0.97
]);
export const SIMULATED_DAYS = 365;

export interface WorkloadInput {
	weights: readonly number[];
	/** cards in the learner's deck */
	cards: number;
	/** new cards introduced per day; cards beyond the year are not simulated */
	newPerDay: number;
	maximumIntervalDays: number;
	days?: number;
	retentions?: readonly number[];
}

export interface WorkloadPoint {
	retention: number;
	/** mean reviews per day over the simulated days */
	dailyReviews: number;
	/** expected cards recalled on the last day (sum of each card's retrievability) */
	retained: number;
	/** reviews per card remembered; the lowest is the cheapest retention */
	costPerCard: number;
}

export interface WorkloadCurve {
	points: WorkloadPoint[];
	/** index in `points` of the lowest cost per card remembered, or -1 when nothing was learned */
	best: number;
}

/** Simulates each card on its own (no daily limits): Good when recalled, Again when forgotten. */
function simulateRetention(
	input: WorkloadInput,
	retention: number,
	days: number,
	random: Random
): WorkloadPoint {
	const algorithm = new FSRSAlgorithm(
		generatorParameters({
			w: [...input.weights],
			request_retention: retention,
			maximum_interval: input.maximumIntervalDays,
			enable_fuzz: false
		})
	);
	const perDay = Math.max(1, input.newPerDay);
	let reviews = 0;
	let retained = 0;
	for (let card = 0; card < input.cards; card++) {
		let day = Math.floor(card / perDay);
		if (day >= days) break;
		let memory: FSRSState = algorithm.next_state(null, 0, 3);
		reviews++;
		for (;;) {
			const interval = algorithm.next_interval(memory.stability, 0);
			if (day + interval >= days) {
				retained += algorithm.forgetting_curve(days - day, memory.stability);
				break;
			}
			const recalled = random() < algorithm.forgetting_curve(interval, memory.stability);
			memory = algorithm.next_state(memory, interval, recalled ? 3 : 1);
			day += interval;
			reviews++;
		}
	}
	return {
		retention,
		dailyReviews: reviews / days,
		retained,
		costPerCard: retained > 0 ? reviews / retained : Infinity
	};
}

/** The workload and the knowledge retained after `days` days at each desired retention. */
export function retentionWorkload(input: WorkloadInput, random: Random): WorkloadCurve {
	const days = input.days ?? SIMULATED_DAYS;
	const points = (input.retentions ?? RETENTIONS).map((r) => simulateRetention(input, r, days, random));
	let best = -1;
	points.forEach((p, i) => {
		if (Number.isFinite(p.costPerCard) && (best < 0 || p.costPerCard < points[best]!.costPerCard)) best = i;
	});
	return { points, best };
}
