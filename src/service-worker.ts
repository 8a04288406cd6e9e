/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/// <reference types="@sveltejs/kit" />
/**
 * Precaches the build, static files and every prerendered page (with its __data.json), so every
 * screen works offline after one visit. A new version waits until the page asks it to take over.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `app-${version}`;
const PRECACHE = [...new Set([...build, ...files, ...prerendered])];
/** Served for any navigation the cache has no page for (client-rendered routes). */
const FALLBACK = '/200.html';

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
			.then(() => sw.clients.claim())
	);
});

sw.addEventListener('message', (event) => {
	if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void sw.skipWaiting();
});

/** The cache key for a URL: prerendered pages are stored without a trailing slash or query. */
function cacheKey(url: URL): string {
	return url.pathname.length > 1 ? url.pathname.replace(/\/$/, '') : url.pathname;
}

async function respond(request: Request): Promise<Response> {
	const url = new URL(request.url);
	const cache = await caches.open(CACHE);
	const cached = await cache.match(cacheKey(url));
	if (cached) return cached;
	try {
		return await fetch(request);
	} catch (error) {
		if (request.mode === 'navigate') {
			const fallback = await cache.match(FALLBACK);
			if (fallback) return fallback;
		}
		throw error;
	}
}

sw.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== sw.location.origin) return;
	event.respondWith(respond(event.request));
});
