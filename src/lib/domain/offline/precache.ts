/**
 * The pure half of the service worker's precache: which build files a version holds, under which
 * cache keys, and whether every page's chunks are among them.
 */

/** One deployed file, as written into the service worker after the build. */
export interface PrecacheEntry {
	/** Path the browser asks for, such as `/settings` or `/_app/immutable/chunks/x.js`. */
	url: string;
	/** Content hash: unchanged files keep their key, so an update never fetches them again. */
	revision: string;
	/** Subresource-integrity digest, so a stale copy from a cache or CDN fails the install. */
	integrity: string;
}

/** The offline fallback for client-rendered URLs. */
export const FALLBACK_URL = '/200.html';

/** The cache key of one revision of a file. */
export function cacheKey(entry: PrecacheEntry): string {
	return `${entry.url}?__rev=${entry.revision}`;
}

/** The precache lookup path for a request: no query, no trailing slash. */
export function lookupPath(pathname: string): string {
	return pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
}

/** Pages are the entries that are not files with an extension (plus the fallback page). */
export function isPage(url: string): boolean {
	return url === FALLBACK_URL || !/\.[a-z0-9]+$/i.test(url.slice(url.lastIndexOf('/')));
}

/** Every `/_app/immutable/…` file a page refers to (its entry, chunks, styles). */
export function chunkReferences(html: string): string[] {
	const found = html.matchAll(/_app\/immutable\/[\w\-./]+?\.(?:js|css|wasm)/g);
	return [...new Set([...found].map((m) => `/${m[0]}`))];
}

/** The entries whose keys are not cached yet: only these are downloaded on an update. */
export function entriesToFetch(entries: PrecacheEntry[], cachedKeys: Set<string>): PrecacheEntry[] {
	return entries.filter((entry) => !cachedKeys.has(cacheKey(entry)));
}

/** The chunks a page refers to that this version does not hold. */
export function missingChunks(html: string, entries: PrecacheEntry[]): string[] {
	const urls = new Set(entries.map((entry) => entry.url));
	return chunkReferences(html).filter((url) => !urls.has(url));
}

/** Cached keys that no entry of this version uses: removed once it activates. */
export function staleKeys(cachedKeys: string[], entries: PrecacheEntry[]): string[] {
	const wanted = new Set(entries.map(cacheKey));
	return cachedKeys.filter((key) => !wanted.has(key));
}
