import { expect, test, type Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { copyBuild, nextBuild, routeSamples, unchangedPaths } from './next-build';
import { startStaticHost, type StaticHost } from './static-host';
import { waitForServiceWorker } from './support';

let host: StaticHost;
let buildA: string;
let buildB: string;

test.beforeAll(async () => {
	buildA = copyBuild('build');
	buildB = nextBuild(buildA);
	host = await startStaticHost(buildA);
});
test.afterAll(async () => {
	await host.close();
	for (const dir of [buildA, buildB]) rmSync(dir, { recursive: true, force: true });
});

/** Opens a page and waits for it to start: hydrated, with no script error. */
async function expectStarts(page: Page, path: string): Promise<void> {
	const errors: string[] = [];
	const onError = (error: Error) => errors.push(error.message);
	page.on('pageerror', onError);
	await page.goto(host.url + path);
	await expect(page.locator('html[data-ready]'), path).toBeAttached({ timeout: 10_000 });
	page.off('pageerror', onError);
	expect(errors, path).toEqual([]);
}

test('an update behind max-age=600 leaves every route starting online and offline', async ({
	page,
	context
}) => {
	test.setTimeout(240_000);
	const routes = [...routeSamples(buildB), '/no/such/page'];
	await expectStarts(page, '/');
	await waitForServiceWorker(page);
	// Build A's pages now sit in the HTTP cache for ten minutes.
	for (const path of ['/', '/study', '/settings']) await expectStarts(page, path);

	host.deploy(buildB);
	host.takeRequests();
	await page.evaluate(async () => (await navigator.serviceWorker.ready).update());
	await expect(page.getByRole('status').filter({ hasText: 'A new version is ready.' })).toBeVisible({
		timeout: 60_000
	});
	const fetched = host.takeRequests();
	const unchanged = unchangedPaths(buildA, buildB);
	expect(fetched.length).toBeGreaterThan(1);
	expect(fetched.filter((path) => unchanged.has(path))).toEqual([]);

	await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload' }).click()]);
	// The host sends no isolation headers; the service worker adds them to everything it serves.
	expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.clearBrowserCache');

	for (const path of routes) await expectStarts(page, path);
	await context.setOffline(true);
	for (const path of routes) await expectStarts(page, path);
	// The new version is the one running: its entry chunk is what the pages load.
	const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
	expect(scripts.some((name) => name.includes('/entry/app.next'))).toBe(true);
});
