import { describe, expect, it } from 'vitest';
import { loadMessages, message, useLocale } from './catalog.svelte';
import { groupOf, groupsFor } from './groups';

describe('message catalog', () => {
	it('has a page’s words once its groups are loaded, in the language in use', async () => {
		await loadMessages(groupsFor('/stats'), 'en');
		expect(message('en', 'stats.title')).toBe('Statistics');
		expect(() => message('zh', 'stats.title')).toThrow(/not loaded/);
		await useLocale('zh');
		expect(message('zh', 'stats.title')).not.toBe('');
	});

	it('fails loudly on the server for a key whose group the page did not load', () => {
		expect(groupOf('teach.title')).toBe('teach');
		expect(() => message('en', 'teach.title')).toThrow(/group teach/);
	});
});

describe('groupsFor', () => {
	it('gives core and the longest matching section', () => {
		expect(groupsFor('/')).toEqual(['core', 'home', 'assignment', 'practice', 'words']);
		expect(groupsFor('/simulator/rfm')).toEqual(['core', 'sim', 'settings']);
		expect(groupsFor('/simulator/desk')).toContain('desk');
		expect(groupsFor('/words/[id]')).toContain('info');
		expect(groupsFor('/unknown/page')).toEqual(['core']);
		expect(groupsFor(null)).toEqual(['core']);
	});
});
