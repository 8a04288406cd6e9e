import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildManifest, fileUrl, injectManifest } from './manifest';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

function aBuild(files: Record<string, string>): string {
	root = mkdtempSync(join(tmpdir(), 'manifest-'));
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(root, path, '..'), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

describe('precache manifest', () => {
	it('serves prerendered pages at their route and keeps the fallback as a file', () => {
		expect(fileUrl('index.html')).toBe('/');
		expect(fileUrl('words/kefu.html')).toBe('/words/kefu');
		expect(fileUrl('study/index.html')).toBe('/study');
		expect(fileUrl('200.html')).toBe('/200.html');
		expect(fileUrl('_app/immutable/chunks/a.js')).toBe('/_app/immutable/chunks/a.js');
	});

	it('lists every file but the service worker, with a revision that follows the content', () => {
		const first = buildManifest(
			aBuild({ 'index.html': 'A', 'a.js': 'same', 'service-worker.js': 'sw', _headers: '/*' })
		);
		const second = buildManifest(aBuild({ 'index.html': 'B', 'a.js': 'same', 'service-worker.js': 'sw2' }));
		expect(first.map((e) => e.url)).toEqual(['/a.js', '/']);
		expect(second[0]).toEqual(first[0]);
		expect(second[1]?.revision).not.toBe(first[1]?.revision);
		expect(first[1]?.integrity).toMatch(/^sha256-[A-Za-z0-9+/]+=*$/);
	});

	it('writes the manifest into the one placeholder, and refuses a worker without it', () => {
		const entries = [{ url: '/', revision: 'r', integrity: 'sha256-x' }];
		const source = 'var m=JSON.parse(`__PRECACHE_MANIFEST__`);';
		expect(JSON.parse(JSON.parse(injectManifest(source, entries).slice(17, -2)) as string)).toEqual(entries);
		expect(() => injectManifest('var m=[];', entries)).toThrow(/found 0/);
	});
});
