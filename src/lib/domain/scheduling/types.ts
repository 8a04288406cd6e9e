/** A button press: 1 Again, 2 Hard, 3 Good, 4 Easy (same numbers as ts-fsrs Rating). */
export type Grade = 1 | 2 | 3 | 4;

/** The four grades in button order, Again first. */
export const GRADES: readonly Grade[] = Object.freeze([1, 2, 3, 4] as const);

/** 0 New, 1 Learning, 2 Review, 3 Relearning (same numbers as ts-fsrs State). */
export type CardState = 0 | 1 | 2 | 3;

/** The FSRS memory of one card as we store it; field names follow ts-fsrs, dates are epoch ms. */
export interface MemoryState {
	/** epoch ms */
	due: number;
	/** days until recall probability falls to 90% */
	stability: number;
	/** 1–10 */
	difficulty: number;
	/** days between the last two reviews (deprecated in ts-fsrs, kept for round-trips) */
	elapsed_days: number;
	/** days */
	scheduled_days: number;
	/** index of the current (re)learning step */
	learning_steps: number;
	reps: number;
	lapses: number;
	state: CardState;
	/** epoch ms; undefined until the first review */
	last_review?: number;
}

/** The fields of MemoryState every card has, all numbers; `last_review` comes only with a first review. */
export const MEMORY_NUMBERS = [
	'due',
	'stability',
	'difficulty',
	'elapsed_days',
	'scheduled_days',
	'learning_steps',
	'reps',
	'lapses',
	'state'
] as const satisfies readonly (keyof MemoryState)[];

/** One graded answer in the review log; replaying these rebuilds every card. */
export interface ReviewEvent {
	cardId: string;
	grade: Grade;
	/** epoch ms */
	reviewedAt: number;
}

/** The learner's scheduling preferences. */
export interface SchedulerSettings {
	/** target probability of recall at the due date, 0.7–0.99 */
	desiredRetention: number;
	/** e.g. ['1m', '10m']; empty lets FSRS schedule new cards in days straight away */
	learningSteps: string[];
	/** e.g. ['10m'] */
	relearningSteps: string[];
	/** days, 1–36500 */
	maximumIntervalDays: number;
	enableFuzz: boolean;
	/** new cards introduced per study day */
	newPerDay: number;
	/** review cards shown per study day */
	reviewsPerDay: number;
	/** local hour 0–23 at which a new study day begins */
	dayRolloverHour: number;
	/** lapses at which a card counts as a leech */
	leechThreshold: number;
	/** FSRS parameters fitted to the learner's history; absent means the defaults */
	weights?: number[];
	/** the parameters before the last fit was applied, so it can be undone */
	previousWeights?: number[];
	/** long-term reviews in the history when the parameters were fitted */
	fittedAtReviews?: number;
	/** after an answer, hide the word's other cards until the next study day */
	burySiblings: boolean;
}

export const DEFAULT_SCHEDULER_SETTINGS: Readonly<SchedulerSettings> = Object.freeze({
	desiredRetention: 0.9,
	learningSteps: ['1m', '10m'],
	relearningSteps: ['10m'],
	maximumIntervalDays: 36500,
	enableFuzz: true,
	newPerDay: 20,
	reviewsPerDay: 200,
	dayRolloverHour: 4,
	leechThreshold: 8,
	burySiblings: true
});

/** What is wrong with a settings value; the interface words it. */
export type SettingsProblem =
	| { code: 'object' }
	| { code: 'boolean' }
	| { code: 'number' }
	| { code: 'integer' }
	| { code: 'range'; min: number; max: number }
	| { code: 'weights' }
	| { code: 'stepList' }
	| { code: 'step'; step: string };

/** Thrown when stored or entered settings are unusable; `field` names the culprit, `problem` what is wrong. */
export class InvalidSettingsError extends Error {
	override readonly name = 'InvalidSettingsError';
	constructor(
		readonly field: keyof SchedulerSettings | undefined,
		readonly problem: SettingsProblem
	) {
		super(`${field ?? 'settings'}: ${problem.code}`);
	}
}

/** Where a graded answer came from; every source goes through the one answer path. */
export const ANSWER_SOURCES = ['review', 'drill', 'quiz', 'simulator'] as const;
export type AnswerSource = (typeof ANSWER_SOURCES)[number];
