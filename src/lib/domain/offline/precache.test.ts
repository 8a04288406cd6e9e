import { describe, expect, it } from 'vitest';
import {
	cacheKey,
	chunkReferences,
	entriesToFetch,
	isPage,
	lookupPath,
	missingChunks,
	staleKeys,
	type PrecacheEntry
} from './precache';

const entry = (url: string, revision = 'r1'): PrecacheEntry => ({
	url,
	revision,
	integrity: `sha256-${revision}`
});
const PAGE = `<link rel="modulepreload" href="../_app/immutable/entry/start.Ab-1.js">
<script>import("./_app/immutable/entry/app.X_y.js")</script><link href="./_app/immutable/assets/0.c.css">`;

describe('precache', () => {
	it('reads every chunk a page refers to, relative paths included', () => {
		expect(chunkReferences(PAGE)).toEqual([
			'/_app/immutable/entry/start.Ab-1.js',
			'/_app/immutable/entry/app.X_y.js',
			'/_app/immutable/assets/0.c.css'
		]);
	});

	it('finds a page that points to a chunk this version does not hold', () => {
		const held = [entry('/_app/immutable/entry/start.Ab-1.js'), entry('/_app/immutable/assets/0.c.css')];
		expect(missingChunks(PAGE, held)).toEqual(['/_app/immutable/entry/app.X_y.js']);
		expect(missingChunks(PAGE, [...held, entry('/_app/immutable/entry/app.X_y.js')])).toEqual([]);
	});

	it('downloads only files whose revision is not cached yet', () => {
		const cached = new Set([cacheKey(entry('/a.js', 'same')), cacheKey(entry('/page', 'old'))]);
		const next = [entry('/a.js', 'same'), entry('/page', 'new'), entry('/b.css')];
		expect(entriesToFetch(next, cached).map((e) => e.url)).toEqual(['/page', '/b.css']);
	});

	it('removes only the keys the new version no longer uses', () => {
		const next = [entry('/a.js', 'same'), entry('/page', 'new')];
		const cached = [cacheKey(entry('/a.js', 'same')), cacheKey(entry('/page', 'old')), '/gone.js?__rev=x'];
		expect(staleKeys(cached, next)).toEqual(['/page?__rev=old', '/gone.js?__rev=x']);
	});

	it('tells pages from files and looks pages up without a trailing slash', () => {
		expect(['/', '/words/kefu', '/200.html'].every(isPage)).toBe(true);
		expect(['/__data.json', '/_app/immutable/x.js', '/hanzi/客.json'].some(isPage)).toBe(false);
		expect(lookupPath('/settings/')).toBe('/settings');
		expect(lookupPath('/')).toBe('/');
	});
});
