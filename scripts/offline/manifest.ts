/** Builds the precache manifest from the files of a build and writes it into its service worker. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { FALLBACK_URL, type PrecacheEntry } from '../../src/lib/domain/offline/precache';

export const SERVICE_WORKER = 'service-worker.js';
/** Files for the host, not the app: never precached. */
const HOST_FILES = new Set([SERVICE_WORKER, '_headers']);
const PLACEHOLDER = /(["'`])__PRECACHE_MANIFEST__\1/g;

/** The URL a static host serves a built file at: prerendered pages lose `.html` and `index`. */
export function fileUrl(path: string): string {
	const url = `/${path.split(sep).join('/')}`;
	if (url === FALLBACK_URL || !url.endsWith('.html')) return url;
	const page = url.slice(0, -'.html'.length).replace(/(^|\/)index$/, '');
	return page === '' ? '/' : page;
}

/** One entry per file, keyed by its content hash. */
export function manifestEntry(path: string, bytes: Uint8Array): PrecacheEntry {
	const digest = createHash('sha256').update(bytes).digest();
	return {
		url: fileUrl(path),
		revision: digest.toString('hex').slice(0, 16),
		integrity: `sha256-${digest.toString('base64')}`
	};
}

function* files(dir: string): Generator<string> {
	for (const item of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, item.name);
		if (item.isDirectory()) yield* files(path);
		else yield path;
	}
}

/** Every file of the build but the service worker and host configuration, in a stable order. */
export function buildManifest(root: string): PrecacheEntry[] {
	return [...files(root)]
		.map((path) => relative(root, path))
		.filter((path) => !HOST_FILES.has(path))
		.sort()
		.map((path) => manifestEntry(path, readFileSync(join(root, path))));
}

/** The service worker's source with the manifest in place of its placeholder. */
export function injectManifest(source: string, entries: PrecacheEntry[]): string {
	const found = source.match(PLACEHOLDER)?.length ?? 0;
	if (found !== 1) throw new Error(`expected one manifest placeholder in ${SERVICE_WORKER}, found ${found}`);
	return source.replace(PLACEHOLDER, () => JSON.stringify(JSON.stringify(entries)));
}
