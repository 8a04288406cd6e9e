import {
	default_w,
	forgetting_curve,
	fsrs,
	generatorParameters,
	type Card,
	type FSRS,
	type StepUnit
} from 'ts-fsrs';
import { fsrsStep, stepMinutes, withPlainParameters, type StepMinutes } from './fsrs-step';
import { type Grade, type MemoryState, type SchedulerSettings } from './types';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A duration as a grade button shows it: a count of one unit, whole below an hour and one decimal above. */
export type Interval =
	{ unit: 'underMinute' } | { unit: 'minute' | 'hour' | 'day' | 'month' | 'year'; count: number };

/** What pressing one grade button would do: the next due date and the interval shown on the button. */
export interface IntervalPreview {
	/** epoch ms */
	due: number;
	interval: Interval;
}

function toCard(state: MemoryState): Card {
	const { due, last_review, ...rest } = state;
	return {
		...rest,
		due: new Date(due),
		last_review: last_review === undefined ? undefined : new Date(last_review)
	};
}

// One scheduler per distinct settings: rebuilding it for every event would dominate a long replay.
let cached: { key: string; scheduler: FSRS; stepper: FSRS; steps: StepMinutes } | undefined;
/** The ts-fsrs scheduler for these settings, built once per distinct settings. */
export function schedulerFor(settings: SchedulerSettings): FSRS {
	return schedulingFor(settings).scheduler;
}
/** The scheduler for these settings with plain parameters, and its steps in minutes, built once per distinct settings. */
export function schedulingFor(settings: SchedulerSettings): {
	scheduler: FSRS;
	stepper: FSRS;
	steps: StepMinutes;
} {
	const key = JSON.stringify([
		settings.desiredRetention,
		settings.maximumIntervalDays,
		settings.enableFuzz,
		settings.learningSteps,
		settings.relearningSteps,
		settings.weights
	]);
	if (cached?.key !== key) {
		const params = generatorParameters({
			w: settings.weights ?? default_w,
			request_retention: settings.desiredRetention,
			maximum_interval: settings.maximumIntervalDays,
			enable_fuzz: settings.enableFuzz,
			enable_short_term: true,
			// validateSchedulerSettings guarantees the StepUnit shape.
			learning_steps: settings.learningSteps as StepUnit[],
			relearning_steps: settings.relearningSteps as StepUnit[]
		});
		const scheduler = fsrs(params);
		cached = { key, scheduler, stepper: withPlainParameters(scheduler), steps: stepMinutes(scheduler) };
	}
	return cached;
}

// ts-fsrs forces Hard < Good < Easy by adding a day each, which can overshoot the maximum by two days.
function capInterval<T extends { scheduled_days: number; due: Date | number }>(
	card: T,
	reviewedAt: number,
	settings: SchedulerSettings
): T {
	const max = settings.maximumIntervalDays;
	if (card.scheduled_days <= max) return card;
	const due = reviewedAt + max * DAY;
	return { ...card, scheduled_days: max, due: card.due instanceof Date ? new Date(due) : due };
}

/** The memory after grading at `now` (epoch ms); fuzz is seeded from the card and `now`, so it is repeatable. */
export function applyGrade(
	state: MemoryState,
	grade: Grade,
	now: number,
	settings: SchedulerSettings
): MemoryState {
	return grader(settings)(state, grade, now);
}

/** applyGrade with the settings fixed, for replaying many answers without looking the scheduler up each time. */
export function grader(
	settings: SchedulerSettings
): (state: MemoryState, grade: Grade, now: number) => MemoryState {
	const { stepper, steps } = schedulingFor(settings);
	return (state, grade, now) => capInterval(fsrsStep(stepper, steps, state, grade, now), now, settings);
}

/** Next due (epoch ms) and the interval to show for each grade, if answered at `now` (epoch ms). */
export function previewIntervals(
	state: MemoryState,
	now: number,
	settings: SchedulerSettings
): Record<Grade, IntervalPreview> {
	const preview = schedulerFor(settings).repeat(toCard(state), new Date(now));
	const entry = (grade: Grade): IntervalPreview => {
		const due = capInterval(preview[grade].card, now, settings).due.getTime();
		return { due, interval: intervalOf(due - now) };
	};
	return { 1: entry(1), 2: entry(2), 3: entry(3), 4: entry(4) };
}

/** Probability (0–1) of recalling the card at `at` (epoch ms) under `weights`; 0 for cards never studied. */
export function retrievability(
	state: MemoryState,
	at: number,
	weights: readonly number[] = default_w
): number {
	if (state.state === 0 || state.last_review === undefined || state.stability <= 0) return 0;
	// Fractional days, so predictions move smoothly within a day instead of in whole-day steps.
	const elapsedDays = Math.max(0, (at - state.last_review) / DAY);
	return forgetting_curve(weights, elapsedDays, state.stability);
}

function oneDecimal(value: number): number {
	return Math.round(value * 10) / 10;
}

/**
 * A duration in ms as a grade button shows it, as on Anki's buttons: under a minute, whole minutes,
 * then hours, months and years to one decimal and whole days (30-day months, 365-day years).
 */
export function intervalOf(ms: number): Interval {
	const minutes = Math.round(ms / MINUTE);
	if (minutes < 1) return { unit: 'underMinute' };
	if (minutes < 60) return { unit: 'minute', count: minutes };
	const hours = oneDecimal(ms / HOUR);
	if (hours < 24) return { unit: 'hour', count: hours };
	const days = Math.round(ms / DAY);
	if (days < 30) return { unit: 'day', count: days };
	const months = oneDecimal(ms / DAY / 30);
	if (months < 12) return { unit: 'month', count: months };
	return { unit: 'year', count: oneDecimal(ms / DAY / 365) };
}
