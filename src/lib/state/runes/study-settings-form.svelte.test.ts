// The fake IndexedDB must be installed before Dexie loads.
import { aFreshDatabase } from '../../../../tests/factories/database';
import { describe, expect, it } from 'vitest';
import { loadSchedulerSettings } from '$lib/data/settings-repository';
import {
	BOUNDED_SETTINGS,
	SchedulerSettingsSchema,
	validateSchedulerSettings
} from '$lib/domain/scheduling/settings-schema';
import { translator } from '../i18n/all';
import { NUMBER_FIELDS, StudySettingsForm } from './study-settings-form.svelte';

/** What the schema itself enforces on a number field, read from its validation pipe. */
function enforced(key: (typeof BOUNDED_SETTINGS)[number]) {
	const actions = SchedulerSettingsSchema.entries[key].pipe as readonly {
		type: string;
		requirement?: unknown;
	}[];
	const requirement = (type: string) => actions.find((a) => a.type === type)?.requirement;
	return {
		min: requirement('min_value'),
		max: requirement('max_value'),
		integer: actions.some((a) => a.type === 'integer')
	};
}

describe('the study settings form', () => {
	it('offers every bounded setting with the min, max and step the schema enforces', () => {
		expect(NUMBER_FIELDS.map((f) => f.key).sort()).toEqual([...BOUNDED_SETTINGS].sort());
		for (const field of NUMBER_FIELDS) {
			const schema = enforced(field.key);
			expect({ key: field.key, min: field.min, max: field.max }).toEqual({
				key: field.key,
				min: schema.min,
				max: schema.max
			});
			expect(field.step === 1).toBe(schema.integer);
		}
	});

	it('lets new cards per day reach the cap the validator allows, and no further', () => {
		const field = NUMBER_FIELDS.find((f) => f.key === 'newPerDay');
		expect(field?.max).toBe(99_999);
		expect(validateSchedulerSettings({ newPerDay: 99_999 }).newPerDay).toBe(99_999);
		expect(() => validateSchedulerSettings({ newPerDay: 100_000 })).toThrow(/newPerDay/);
	});

	it.each([
		['en', 'New cards per day, across all decks: must be between 0 and 99999'],
		['zh', '所有卡组每天新卡数：必须在0到99999之间']
	] as const)(
		'refuses a value past the cap with the field and its bounds (%s), saving nothing',
		async (locale, text) => {
			aFreshDatabase();
			const form = new StudySettingsForm(translator(locale));
			await form.load();
			if (!form.draft) throw new Error('the draft did not load');
			form.draft.newPerDay = 100_000;
			await form.save();
			expect(form.error).toBe(text);
			expect(form.message).toBe('');
			expect((await loadSchedulerSettings()).newPerDay).toBe(20);
		}
	);

	it('words a bad learning step by its label in both languages', async () => {
		aFreshDatabase();
		const form = new StudySettingsForm(translator('zh'));
		await form.load();
		if (!form.draft) throw new Error('the draft did not load');
		expect(form.draft.learningSteps).toBe('1m 10m');
		form.draft.learningSteps = '1m 0m';
		await form.save();
		expect(form.error).toBe('学习步长（如 1m 10m）：“0m”不是有效的步长（如 1m、6h、1d）');
	});
});
