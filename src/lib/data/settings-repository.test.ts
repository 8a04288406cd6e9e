import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULER_SETTINGS, InvalidSettingsError } from '$lib/domain/scheduling/types';
import { aFreshDatabase } from '../../../tests/factories/database';
import type { AppDatabase } from './db';
import { checkIntegrity } from './integrity';
import { recordAnswer } from './review-repository';
import { DECK_LIMITS_KEY } from './meta-keys';
import {
	loadDeckLimits,
	loadSchedulerSettings,
	saveDeckLimits,
	saveSchedulerSettings
} from './settings-repository';

const T0 = Date.UTC(2026, 10, 2, 9, 0);
const DAY = 86_400_000;
let db: AppDatabase;

beforeEach(() => {
	db = aFreshDatabase();
});

describe('scheduler settings', () => {
	it('start at the defaults and remember what was saved', async () => {
		expect(await loadSchedulerSettings()).toEqual(DEFAULT_SCHEDULER_SETTINGS);
		await saveSchedulerSettings({ ...DEFAULT_SCHEDULER_SETTINGS, newPerDay: 5 });
		expect((await loadSchedulerSettings()).newPerDay).toBe(5);
	});

	it('reject a bad value and keep the old settings', async () => {
		await expect(
			saveSchedulerSettings({ ...DEFAULT_SCHEDULER_SETTINGS, learningSteps: ['soon'] })
		).rejects.toThrow(InvalidSettingsError);
		expect(await loadSchedulerSettings()).toEqual(DEFAULT_SCHEDULER_SETTINGS);
	});

	it('reschedule every card from the log, so stored states still equal a replay', async () => {
		const settings = { ...DEFAULT_SCHEDULER_SETTINGS, enableFuzz: false };
		for (const [i, grade] of ([3, 3, 4, 3] as const).entries()) {
			await recordAnswer(
				{ cardId: 'kefu:recall', grade, now: T0 + i * 5 * DAY, source: 'review', durationMs: 1 },
				settings
			);
		}
		const before = (await db.cards.get('kefu:recall'))?.due ?? 0;
		const stricter = await saveSchedulerSettings({ ...settings, desiredRetention: 0.97 });
		const after = (await db.cards.get('kefu:recall'))?.due ?? 0;
		expect(after).toBeLessThan(before);
		expect((await checkIntegrity(stricter)).mismatched).toEqual([]);
	});
});

describe('deck limits', () => {
	it('keeps each deck’s own limits apart, and clears a deck’s when none are left', async () => {
		expect(await loadDeckLimits()).toEqual({});
		await saveDeckLimits('level-a1', { newPerDay: 5 });
		await saveDeckLimits('level-b1', { newPerDay: 10, reviewsPerDay: 80 });
		expect(await loadDeckLimits()).toEqual({
			'level-a1': { newPerDay: 5 },
			'level-b1': { newPerDay: 10, reviewsPerDay: 80 }
		});
		await saveDeckLimits('level-a1', {});
		expect(await loadDeckLimits()).toEqual({ 'level-b1': { newPerDay: 10, reviewsPerDay: 80 } });
	});

	it('refuses a limit out of bounds and writes nothing', async () => {
		await saveDeckLimits('level-a1', { newPerDay: 5 });
		await expect(saveDeckLimits('level-a1', { newPerDay: -3 })).rejects.toThrow(InvalidSettingsError);
		expect(await loadDeckLimits()).toEqual({ 'level-a1': { newPerDay: 5 } });
	});

	it('reads a hostile stored row as far as it is usable', async () => {
		await db.meta.put({
			key: DECK_LIMITS_KEY,
			value: { 'level-a1': { newPerDay: 5 }, 'level-a2': { newPerDay: Number.NaN }, x: 'y' }
		});
		expect(await loadDeckLimits()).toEqual({ 'level-a1': { newPerDay: 5 } });
		await db.meta.put({ key: DECK_LIMITS_KEY, value: [1, 2, 3] });
		expect(await loadDeckLimits()).toEqual({});
	});
});
