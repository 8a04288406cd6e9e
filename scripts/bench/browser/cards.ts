/** Times the card browser, card info and the restore preview on the bench's seeded history. */
import { cardWithAnswers } from '$lib/data/card-browser-repository';
import { previewBackup } from '$lib/data/integrity-client';
import type { SchedulerSettings } from '$lib/domain/scheduling/types';
import { CardBrowser } from '$lib/state/runes/card-browser.svelte';
import { recordSpread } from '../spread';

/** The card the bench history gives 200 answers spread across its packed blocks. */
export const INFO_CARD = 'bench-info:recognition';

async function time<T>(fn: () => T | Promise<T>): Promise<[number, T]> {
	const start = performance.now();
	const result = await fn();
	return [performance.now() - start, result];
}

/** A few runs of `fn`, stored as the median under `key` with its spread, as the bench's other figures. */
async function timed(figures: Record<string, number>, key: string, runs: number, fn: () => unknown) {
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) samples.push((await time(fn))[0]);
	recordSpread(figures, key, samples);
}

/** The first page of the browser as the route renders it. */
function firstPage(browser: CardBrowser): number {
	return browser.shown.length;
}

export async function cardFigures(
	now: number,
	settings: SchedulerSettings,
	backup: string | null
): Promise<Record<string, number>> {
	const figures: Record<string, number> = {};
	// The bench page runs unbundled: load the reads' module first, so its compile is not timed as a read.
	await import('$lib/data/card-page-repository');
	const browser = new CardBrowser(() => now);
	await timed(figures, 'browserOpenMs', 5, async () => {
		await browser.load();
		firstPage(browser);
	});
	figures.browserCards = browser.total;
	// Each search is timed on its own: the budget is for one search's first page.
	let search = 0;
	await timed(figures, 'browserSearchMs', 6, async () => {
		await browser.setQuery({ text: search++ % 2 ? 'kehu' : 'customer', state: null });
		firstPage(browser);
	});
	await timed(figures, 'browserFilterMs', 5, async () => {
		await browser.setQuery({ text: '', state: 'review', sort: 'lapses', descending: true });
		firstPage(browser);
	});

	await browser.setQuery({ state: null, sort: 'due', descending: false });
	for (const id of (await browser.idsFound()).slice(0, 1000)) browser.toggle(id);
	const actions = ['suspend', 'unsuspend', 'bury'] as const;
	let run = 0;
	// The whole action as the learner waits for it: one transaction, then the list read again.
	await timed(figures, 'bulkActionMs', 3, async () => {
		await browser.act(actions[run++]!);
		firstPage(browser);
	});
	figures.bulkActionCards = browser.lastAction?.ids.length ?? 0;

	await timed(figures, 'cardInfoMs', 5, () => cardWithAnswers(INFO_CARD));
	figures.cardInfoAnswers = (await cardWithAnswers(INFO_CARD)).answers.length;

	if (backup !== null)
		await timed(figures, 'restorePreviewMs', 3, () => previewBackup(backup, settings, now));
	return figures;
}
