/** Serves the browser bench harness with Vite and runs it in Debian's Chromium. */
import { chromium } from '@playwright/test';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { resolve } from 'node:path';
import { createServer } from 'vite';
import type { BenchFigures } from './browser/bench';

/**
 * `only` is "cards" to time just the card browser, card info and restore preview after seeding, or
 * "optimizer" for the fit, the evaluations and the workload simulation.
 */
export async function indexedDbFigures(cards: number, reviews: number, only = ''): Promise<BenchFigures> {
	const server = await createServer({
		configFile: false,
		root: resolve('scripts/bench/browser'),
		plugins: [svelte()],
		resolve: { alias: { $lib: resolve('src/lib') } },
		// Beside the app's own port, so checkouts benchmarking side by side do not collide.
		server: {
			port: Number(process.env.PORT ?? 4173) + 7,
			strictPort: true,
			// Cross-origin isolation, as in the app: the optimizer's WebAssembly threads need SharedArrayBuffer.
			headers: { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' }
		},
		// Pre-bundled up front: discovering a dependency mid-run would reload the page under the bench.
		// fsrs-browser finds its WebAssembly and thread workers beside itself, so it is served as it is.
		optimizeDeps: { include: ['dexie', 'ts-fsrs', 'valibot'], exclude: ['fsrs-browser'] },
		logLevel: 'error'
	});
	await server.listen();
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update']
	});
	try {
		const page = await browser.newPage();
		page.on('pageerror', (e) => console.error(`  bench page error: ${e.message}`));
		await page.goto(`http://localhost:${server.config.server.port}/index.html`);
		await page.waitForFunction(() => document.title === 'ready', undefined, { timeout: 60_000 });
		return await page.evaluate(
			([c, r, o]) =>
				(
					window as unknown as { runBench: (c: number, r: number, o: string) => Promise<BenchFigures> }
				).runBench(c, r, o),
			[cards, reviews, only] as const
		);
	} finally {
		await browser.close();
		await server.close();
	}
}
