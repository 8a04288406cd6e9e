// The fake IndexedDB must be installed before Dexie loads.
import { aFreshDatabase } from '../../../../tests/factories/database';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadDeckLimits } from '$lib/data/settings-repository';
import { translator } from '../i18n/all';
import { DeckLimitsForm } from './deck-limits-form.svelte';

beforeEach(() => {
	aFreshDatabase();
});

describe('DeckLimitsForm', () => {
	it('saves what is filled in and leaves an empty box to the limit across all decks', async () => {
		const form = new DeckLimitsForm('level-a1', {}, translator('en'));
		form.values.newPerDay = 5;
		expect(await form.save()).toEqual({ newPerDay: 5 });
		expect(await loadDeckLimits()).toEqual({ 'level-a1': { newPerDay: 5 } });
		expect(form.message).toMatch(/Saved/);
		form.values.newPerDay = null;
		await form.save();
		expect(await loadDeckLimits()).toEqual({});
	});

	it('names the box that is out of bounds, in the interface language, and keeps the saved limits', async () => {
		const form = new DeckLimitsForm('level-a1', { newPerDay: 5 }, translator('zh'));
		expect(form.values).toEqual({ newPerDay: 5, reviewsPerDay: null });
		form.values.reviewsPerDay = 2.5;
		expect(await form.save()).toBeNull();
		expect(form.error).toBe('每天复习数：必须是整数');
		expect(await loadDeckLimits()).toEqual({});
	});
});
