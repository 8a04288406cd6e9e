/** The one schema for scheduler settings: the validator and the settings form both read its bounds. */
import * as v from 'valibot';
import {
	DEFAULT_SCHEDULER_SETTINGS,
	InvalidSettingsError,
	type SchedulerSettings,
	type SettingsProblem
} from './types';
import type { DeckLimits } from './daily-queue';

/** The bounds of each number setting; the schema is built from them and the form's inputs show them. */
export const SETTING_BOUNDS = {
	desiredRetention: { min: 0.7, max: 0.99, integer: false },
	maximumIntervalDays: { min: 1, max: 36_500, integer: true },
	newPerDay: { min: 0, max: 99_999, integer: true },
	reviewsPerDay: { min: 0, max: 99_999, integer: true },
	dayRolloverHour: { min: 0, max: 23, integer: true },
	leechThreshold: { min: 1, max: 99, integer: true }
} as const satisfies Partial<Record<keyof SchedulerSettings, { min: number; max: number; integer: boolean }>>;
export type BoundedSetting = keyof typeof SETTING_BOUNDS;
export const BOUNDED_SETTINGS = Object.keys(SETTING_BOUNDS) as BoundedSetting[];

/** The form's step for a number setting: whole numbers step by one, retention by hundredths. */
export function settingStep(field: BoundedSetting): number {
	return SETTING_BOUNDS[field].integer ? 1 : 0.01;
}

const FITTED_REVIEWS = { min: 0, max: 1e9 };
const STEP = /^\d+[mhd]$/;

function boundedNumber({ min, max, integer }: { min: number; max: number; integer: boolean }) {
	const finite = v.pipe(v.number(), v.finite());
	return integer
		? v.pipe(finite, v.integer(), v.minValue(min), v.maxValue(max))
		: v.pipe(finite, v.minValue(min), v.maxValue(max));
}

// A zero-length step would show the same card again instantly.
const stepList = v.array(
	v.pipe(
		v.string(),
		v.regex(STEP),
		v.check((step) => parseInt(step, 10) !== 0)
	)
);
/** FSRS-6 has 21 parameters; ts-fsrs rejects non-finite ones. */
const weights = v.optional(v.pipe(v.array(v.pipe(v.number(), v.finite())), v.length(21)));

export const SchedulerSettingsSchema = v.object({
	enableFuzz: v.boolean(),
	burySiblings: v.boolean(),
	desiredRetention: boundedNumber(SETTING_BOUNDS.desiredRetention),
	learningSteps: stepList,
	relearningSteps: stepList,
	maximumIntervalDays: boundedNumber(SETTING_BOUNDS.maximumIntervalDays),
	newPerDay: boundedNumber(SETTING_BOUNDS.newPerDay),
	reviewsPerDay: boundedNumber(SETTING_BOUNDS.reviewsPerDay),
	dayRolloverHour: boundedNumber(SETTING_BOUNDS.dayRolloverHour),
	leechThreshold: boundedNumber(SETTING_BOUNDS.leechThreshold),
	weights,
	previousWeights: weights,
	fittedAtReviews: v.optional(boundedNumber({ ...FITTED_REVIEWS, integer: true }))
});

type Field = keyof SchedulerSettings;
type Issue = v.InferIssue<typeof SchedulerSettingsSchema>;

/** The bounds the schema holds for a number field, for the range problem's wording. */
function boundsOf(field: Field): { min: number; max: number } {
	return field in SETTING_BOUNDS ? SETTING_BOUNDS[field as BoundedSetting] : FITTED_REVIEWS;
}

/** The problem code for the schema's first issue with `field`. */
function problemOf(field: Field, issue: Issue): SettingsProblem {
	if (field === 'enableFuzz' || field === 'burySiblings') return { code: 'boolean' };
	if (field === 'weights' || field === 'previousWeights') return { code: 'weights' };
	if (field === 'learningSteps' || field === 'relearningSteps')
		return (issue.path?.length ?? 0) > 1 ? { code: 'step', step: String(issue.input) } : { code: 'stepList' };
	if (issue.type === 'integer') return { code: 'integer' };
	if (issue.type === 'min_value' || issue.type === 'max_value') return { code: 'range', ...boundsOf(field) };
	return { code: 'number' };
}

/** Checks untrusted settings; missing fields take defaults so settings saved by older versions still load. */
export function validateSchedulerSettings(input: unknown): SchedulerSettings {
	if (typeof input !== 'object' || input === null || Array.isArray(input))
		throw new InvalidSettingsError(undefined, { code: 'object' });
	const given = Object.entries(input).filter(([, value]) => value !== undefined);
	const result = v.safeParse(
		SchedulerSettingsSchema,
		{ ...DEFAULT_SCHEDULER_SETTINGS, ...Object.fromEntries(given) },
		{ abortEarly: true }
	);
	if (result.success) return result.output;
	const issue = result.issues[0];
	const field = issue.path?.[0]?.key as Field | undefined;
	if (!field) throw new InvalidSettingsError(undefined, { code: 'object' });
	throw new InvalidSettingsError(field, problemOf(field, issue));
}

/** One deck's own daily limits, in the same bounds as the limits across all decks. */
const DeckLimitsSchema = v.strictObject({
	newPerDay: v.optional(boundedNumber(SETTING_BOUNDS.newPerDay)),
	reviewsPerDay: v.optional(boundedNumber(SETTING_BOUNDS.reviewsPerDay))
});
const DECK_ID = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
/** More decks than anyone keeps; a stored map beyond it is not read. */
export const MAX_DECK_LIMITS = 1000;

/**
 * Every deck's own limits from a stored value. An entry that is not a deck id with usable limits is
 * dropped, so one bad row never hides the others, and anything else reads as no deck limits at all.
 */
export function readDeckLimits(value: unknown): Record<string, DeckLimits> {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
	const entries = Object.entries(value);
	if (entries.length > MAX_DECK_LIMITS) return {};
	const limits: Record<string, DeckLimits> = {};
	for (const [deckId, given] of entries) {
		const parsed = v.safeParse(DeckLimitsSchema, given);
		if (v.is(DECK_ID, deckId) && parsed.success && Object.keys(parsed.output).length > 0)
			limits[deckId] = parsed.output;
	}
	return limits;
}

/** One deck's limits as the learner entered them; throws `InvalidSettingsError` naming the field that is wrong. */
export function validateDeckLimits(input: DeckLimits): DeckLimits {
	const out: DeckLimits = {};
	for (const field of ['newPerDay', 'reviewsPerDay'] as const) {
		const given = input[field];
		if (given === undefined) continue;
		const result = v.safeParse(boundedNumber(SETTING_BOUNDS[field]), given);
		if (!result.success) throw new InvalidSettingsError(field, problemOf(field, result.issues[0]));
		out[field] = result.output;
	}
	return out;
}
