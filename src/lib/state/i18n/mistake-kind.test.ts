import { beforeAll, expect, it } from 'vitest';
import { loadMessages } from './catalog.svelte';
import { mistakeKindLabel } from './mistake-kind';
import { Preferences } from '../runes/preferences.svelte';

beforeAll(() => loadMessages(['teach'], 'en'));

it('names known kinds and passes unknown ones through', () => {
	const prefs = new Preferences();
	expect(mistakeKindLabel(prefs, 'word-order')).toBe('word order');
	expect(mistakeKindLabel(prefs, 'pronunciation')).toBe('pronunciation');
});
