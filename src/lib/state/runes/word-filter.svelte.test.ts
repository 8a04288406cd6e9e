import { describe, expect, it } from 'vitest';
import { WordFilterState } from './word-filter.svelte';

describe('WordFilterState', () => {
	it('round-trips through the query string', () => {
		const f = new WordFilterState();
		f.readSearch(new URLSearchParams('q=kehu&level=A2&level=B1&pos=noun&tag=crm-term'));
		expect([f.query, f.levels, f.pos, f.tag]).toEqual(['kehu', ['A2', 'B1'], ['noun'], 'crm-term']);
		expect(f.toSearch()).toBe('?q=kehu&level=A2&level=B1&pos=noun&tag=crm-term');
	});
	it('drops values that are not levels, parts of speech or tags', () => {
		const f = new WordFilterState();
		f.readSearch(new URLSearchParams('level=Z9&pos=<script>&tag=evil'));
		expect(f.active).toBe(false);
		expect(f.toSearch()).toBe('');
	});
	it('toggles a level on and off', () => {
		const f = new WordFilterState();
		f.toggleLevel('C1');
		expect(f.levels).toEqual(['C1']);
		f.toggleLevel('C1');
		expect(f.levels).toEqual([]);
	});
});
