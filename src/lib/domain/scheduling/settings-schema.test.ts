import { describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULER_SETTINGS, InvalidSettingsError } from './types';
import { readDeckLimits, validateDeckLimits, validateSchedulerSettings } from './settings-schema';

function fieldRejected(input: unknown): string | undefined {
	try {
		validateSchedulerSettings(input);
	} catch (error) {
		if (error instanceof InvalidSettingsError) return error.field ?? '(whole)';
		throw error;
	}
	return undefined;
}

describe('validateSchedulerSettings', () => {
	it('accepts the defaults unchanged', () => {
		expect(validateSchedulerSettings(DEFAULT_SCHEDULER_SETTINGS)).toEqual(DEFAULT_SCHEDULER_SETTINGS);
	});

	it('fills fields that settings saved by an older version lack', () => {
		expect(validateSchedulerSettings({ newPerDay: 5 })).toEqual({
			...DEFAULT_SCHEDULER_SETTINGS,
			newPerDay: 5
		});
		expect(validateSchedulerSettings({ newPerDay: undefined }).newPerDay).toBe(20);
	});

	it('drops fields it does not know', () => {
		expect(validateSchedulerSettings({ colour: 'red' })).toEqual(DEFAULT_SCHEDULER_SETTINGS);
	});

	it('does not share arrays with the defaults, so editing the result cannot change them', () => {
		const result = validateSchedulerSettings({});
		result.learningSteps.push('1d');
		expect(DEFAULT_SCHEDULER_SETTINGS.learningSteps).toEqual(['1m', '10m']);
	});

	it('accepts step lists in minutes, hours and days, and an empty list', () => {
		const result = validateSchedulerSettings({ learningSteps: ['15m', '6h', '1d'], relearningSteps: [] });
		expect(result.learningSteps).toEqual(['15m', '6h', '1d']);
		expect(result.relearningSteps).toEqual([]);
	});

	it.each([
		[{ desiredRetention: 0.5 }, 'desiredRetention'],
		[{ desiredRetention: 1 }, 'desiredRetention'],
		[{ desiredRetention: '0.9' }, 'desiredRetention'],
		[{ learningSteps: ['10 minutes'] }, 'learningSteps'],
		[{ learningSteps: ['0m'] }, 'learningSteps'],
		[{ learningSteps: '1m' }, 'learningSteps'],
		[{ relearningSteps: [10] }, 'relearningSteps'],
		[{ maximumIntervalDays: 0 }, 'maximumIntervalDays'],
		[{ maximumIntervalDays: 40000 }, 'maximumIntervalDays'],
		[{ enableFuzz: 'yes' }, 'enableFuzz'],
		[{ newPerDay: -1 }, 'newPerDay'],
		[{ newPerDay: 2.5 }, 'newPerDay'],
		[{ reviewsPerDay: Number.NaN }, 'reviewsPerDay'],
		[{ dayRolloverHour: 24 }, 'dayRolloverHour'],
		[{ leechThreshold: 0 }, 'leechThreshold']
	])('rejects %j, naming %s', (input, field) => {
		expect(fieldRejected(input)).toBe(field);
	});

	it('rejects something that is not an object', () => {
		for (const input of [null, 42, 'settings', []]) expect(fieldRejected(input)).toBe('(whole)');
	});

	it('puts the field name in the message shown to the learner', () => {
		expect(() => validateSchedulerSettings({ dayRolloverHour: 25 })).toThrow(/dayRolloverHour/);
	});
});

describe('deck limits', () => {
	it('reads every usable deck entry and drops the rest, so one bad row never hides the others', () => {
		expect(
			readDeckLimits({
				'level-a1': { newPerDay: 5 },
				'level-b1': { newPerDay: 10, reviewsPerDay: 50 },
				'level-b2': { newPerDay: -1 },
				'level-c1': { newPerDay: 1e9 },
				'level-c2': { newPerDay: 3, colour: 'red' },
				'': { newPerDay: 3 },
				empty: {},
				['x'.repeat(201)]: { newPerDay: 3 }
			})
		).toEqual({ 'level-a1': { newPerDay: 5 }, 'level-b1': { newPerDay: 10, reviewsPerDay: 50 } });
		for (const value of [null, 'x', [], 42]) expect(readDeckLimits(value)).toEqual({});
		const many = Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`d${i}`, { newPerDay: 1 }]));
		expect(readDeckLimits(many)).toEqual({});
	});

	it('names the field a learner got wrong, in the same bounds as the limits across all decks', () => {
		expect(validateDeckLimits({ newPerDay: 5 })).toEqual({ newPerDay: 5 });
		expect(validateDeckLimits({})).toEqual({});
		expect(() => validateDeckLimits({ reviewsPerDay: 2.5 })).toThrow(InvalidSettingsError);
		const refusal = (() => {
			try {
				validateDeckLimits({ newPerDay: 100_000 });
			} catch (e) {
				return e;
			}
			return null;
		})();
		expect(refusal).toMatchObject({ field: 'newPerDay', problem: { code: 'range', min: 0, max: 99_999 } });
	});
});
