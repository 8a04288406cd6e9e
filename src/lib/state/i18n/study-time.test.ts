import { beforeAll, expect, it } from 'vitest';
import { loadMessages } from './catalog.svelte';
import { Preferences } from '../runes/preferences.svelte';
import { studyTime } from './study-time';

beforeAll(() => loadMessages(['assignment'], 'en'));

it('says minutes, and "< 1 min" rather than 0 for a few seconds', () => {
	const prefs = new Preferences();
	expect([0, 5_000, 59_999, 60_000, 150_000].map((ms) => studyTime(prefs, ms))).toEqual([
		'0 min',
		'< 1 min',
		'< 1 min',
		'1 min',
		'3 min'
	]);
});
