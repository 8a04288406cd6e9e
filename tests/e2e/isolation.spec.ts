import { expect, test, type Page, type Response } from '@playwright/test';
import { answerCard, answersToday, openPage, waitForServiceWorker } from './support';

const ISOLATION = {
	'cross-origin-opener-policy': 'same-origin',
	'cross-origin-embedder-policy': 'require-corp'
};

const ORIGIN = `http://localhost:${process.env.PORT ?? 4173}`;

/** Every response the page (and its workers) receives from the app's own origin. */
function recordResponses(page: Page): Response[] {
	const seen: Response[] = [];
	page.on('response', (r) => {
		if (r.url().startsWith(ORIGIN)) seen.push(r);
	});
	return seen;
}

async function expectIsolated(responses: Response[]): Promise<void> {
	expect(responses.length).toBeGreaterThan(10);
	for (const response of responses) {
		const headers = await response.allHeaders();
		for (const [name, value] of Object.entries(ISOLATION))
			expect(headers[name], `${name} on ${response.url()}`).toBe(value);
	}
}

test('every response of the production build carries the isolation headers, and the app still works', async ({
	page
}) => {
	test.setTimeout(120_000);
	const responses = recordResponses(page);
	await openPage(page, '/');
	expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);

	// IndexedDB and stroke data: answer cards, which shows each answer's stroke order.
	await openPage(page, '/study/kefu');
	await answerCard(page, 3);
	await answerCard(page, 3);
	expect(await answersToday(page)).toBe(2);
	// A worker: the stats page aggregates the history in one.
	await openPage(page, '/stats');
	await expect(page.getByRole('main')).toContainText(/2 answers/, { timeout: 30_000 });
	// The optimizer's workers (the WebAssembly and the workload simulation) load under isolation.
	await openPage(page, '/settings');
	await expect(page.getByTestId('workload-best')).toBeVisible({ timeout: 60_000 });
	expect(responses.some((r) => r.url().endsWith('.wasm') || /workload\.worker/.test(r.url()))).toBe(true);
	await expectIsolated(responses.filter((r) => !r.fromServiceWorker()));

	// Once the service worker controls the page, what it serves carries the headers too.
	await waitForServiceWorker(page);
	const served = recordResponses(page);
	for (const path of ['/', '/study/kefu', '/stats', '/settings']) await openPage(page, path);
	expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
	expect(served.some((r) => r.fromServiceWorker())).toBe(true);
	await expectIsolated(served);
});
