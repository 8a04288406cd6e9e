/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * Precaches every deployed file by content hash, bypassing the HTTP cache, so an update never stores an
 * old page beside new chunks and never downloads an unchanged file again. A new version waits until the
 * page asks it to take over. Every response it serves carries the cross-origin isolation headers.
 */
import {
	cacheKey,
	entriesToFetch,
	FALLBACK_URL,
	isPage,
	lookupPath,
	missingChunks,
	staleKeys,
	type PrecacheEntry
} from '$lib/domain/offline/precache';

const sw = self as unknown as ServiceWorkerGlobalScope;
/** One cache for every version: entries are keyed by revision, so versions share unchanged files. */
const PRECACHE = 'precache-v1';
/** Replaced after the build by scripts/precache-manifest.ts with every file's URL and hash. */
const MANIFEST = JSON.parse('__PRECACHE_MANIFEST__') as PrecacheEntry[];
const KEYS = new Map(MANIFEST.map((entry) => [entry.url, cacheKey(entry)]));
const PARALLEL_DOWNLOADS = 8;
const ISOLATION = {
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Cross-Origin-Embedder-Policy': 'require-corp',
	'Cross-Origin-Resource-Policy': 'same-origin'
};

const pathAndQuery = (request: Request) => {
	const url = new URL(request.url);
	return url.pathname + url.search;
};

async function download(cache: Cache, entry: PrecacheEntry): Promise<void> {
	// `reload` skips the HTTP cache; `integrity` rejects a stale copy from any cache in between.
	const request = new Request(entry.url, {
		cache: 'reload',
		integrity: entry.integrity,
		credentials: 'same-origin'
	});
	const response = await fetch(request);
	if (!response.ok || response.redirected)
		throw new Error(`precache: ${entry.url} answered ${response.status}`);
	await cache.put(cacheKey(entry), response);
}

async function downloadAll(cache: Cache, entries: PrecacheEntry[]): Promise<void> {
	const queue = [...entries];
	const worker = async () => {
		for (let entry = queue.shift(); entry; entry = queue.shift()) await download(cache, entry);
	};
	await Promise.all(Array.from({ length: PARALLEL_DOWNLOADS }, worker));
}

/** Refuses a version whose pages point to chunks it does not hold; drops those pages so a retry refetches them. */
async function verifyPages(cache: Cache): Promise<void> {
	for (const entry of MANIFEST.filter((e) => isPage(e.url))) {
		const page = await cache.match(cacheKey(entry));
		const missing = page ? missingChunks(await page.text(), MANIFEST) : ['(page)'];
		if (missing.length > 0) {
			await cache.delete(cacheKey(entry));
			throw new Error(`precache: ${entry.url} needs ${missing.join(', ')}`);
		}
	}
}

async function install(): Promise<void> {
	const cache = await caches.open(PRECACHE);
	const cached = new Set((await cache.keys()).map(pathAndQuery));
	await downloadAll(cache, entriesToFetch(MANIFEST, cached));
	await verifyPages(cache);
}

async function activate(): Promise<void> {
	const cache = await caches.open(PRECACHE);
	const stale = staleKeys((await cache.keys()).map(pathAndQuery), MANIFEST);
	await Promise.all(stale.map((key) => cache.delete(key)));
	const others = (await caches.keys()).filter((name) => name !== PRECACHE);
	await Promise.all(others.map((name) => caches.delete(name)));
	await sw.clients.claim();
}

sw.addEventListener('install', (event) => event.waitUntil(install()));
sw.addEventListener('activate', (event) => event.waitUntil(activate()));
sw.addEventListener('message', (event) => {
	if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void sw.skipWaiting();
});

/** The same response with COOP/COEP, so the page is cross-origin isolated even on a plain static host. */
function isolated(response: Response): Response {
	if (response.type === 'opaque' || response.type === 'opaqueredirect' || response.status === 0)
		return response;
	const headers = new Headers(response.headers);
	for (const [name, value] of Object.entries(ISOLATION)) headers.set(name, value);
	return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
}

async function respond(request: Request): Promise<Response> {
	const cache = await caches.open(PRECACHE);
	const key = KEYS.get(lookupPath(new URL(request.url).pathname));
	const cached = key ? await cache.match(key) : undefined;
	if (cached) return isolated(cached);
	try {
		return isolated(await fetch(request));
	} catch (error) {
		const fallback = KEYS.get(FALLBACK_URL);
		const page = request.mode === 'navigate' && fallback ? await cache.match(fallback) : undefined;
		if (page) return isolated(page);
		throw error;
	}
}

sw.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== sw.location.origin) return;
	event.respondWith(respond(event.request));
});
