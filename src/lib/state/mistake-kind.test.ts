import { expect, it } from 'vitest';
import { mistakeKindLabel } from './mistake-kind';
import { Preferences } from './preferences.svelte';

it('names known kinds and passes unknown ones through', () => {
	const prefs = new Preferences();
	expect(mistakeKindLabel(prefs, 'word-order')).toBe('word order');
	expect(mistakeKindLabel(prefs, 'pronunciation')).toBe('pronunciation');
});
