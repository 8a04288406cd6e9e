import { expect, test } from '@playwright/test';
import { default_w } from 'ts-fsrs';
import { evaluateWeights } from '../../src/lib/domain/optimizer/evaluate';
import { cardHistories } from '../../src/lib/domain/optimizer/history';
import { firstReviewAfterFit } from '../../src/lib/domain/optimizer/reminder';
import { aHistoryBackup, aReviewHistory } from '../factories/history';
import { dumpDatabase, openPage } from './support';

type Card = { id: string; due: number };
type Meta = { key: string; value: { weights?: number[]; fittedAtReviews?: number } };
const dues = async (page: Parameters<typeof dumpDatabase>[0]) =>
	new Map(((await dumpDatabase(page)).cards as Card[]).map((c) => [c.id, c.due]));

test('a learner fits FSRS parameters to their history, sees the evidence, applies and undoes them', async ({
	page
}) => {
	test.setTimeout(180_000);
	const history = aReviewHistory(700, 365, Date.now() - 86_400_000);
	expect(history.card.length).toBeGreaterThanOrEqual(5000);
	await openPage(page, '/settings');
	expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
	await page.getByLabel('Restore from a file').setInputFiles({
		name: 'history.json',
		mimeType: 'application/json',
		buffer: Buffer.from(aHistoryBackup(history, Date.now()))
	});
	await page.getByRole('button', { name: 'Replace with the backup' }).click({ timeout: 60_000 });
	await expect(page.getByText(/Restored [\d,]+ reviews/)).toBeVisible({ timeout: 60_000 });
	const before = await dues(page);
	await page.reload();
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });

	const section = page.getByRole('region', { name: 'Optimize FSRS parameters' });
	await expect(section).toContainText('In use: the default parameters.');
	await expect(section.getByTestId('workload-best')).toContainText('Fewest reviews per card remembered', {
		timeout: 60_000
	});
	const reviewsTable = section.getByRole('table', { name: 'Reviews a day' });
	await expect(reviewsTable.getByRole('row')).toHaveCount(15);
	const daily = (await reviewsTable.getByRole('row').allTextContents()).slice(1);
	expect(daily[0]).toMatch(/^70%/);
	expect(daily[13]).toMatch(/^97%/);
	await expect(section.getByTestId('refit-reminder')).toHaveCount(0);
	await section.getByRole('button', { name: 'Optimize' }).click();
	const table = section.getByRole('table', { name: /Reviews it learned from/ });
	await expect(table).toBeVisible({ timeout: 120_000 });
	const figures = async (row: string) =>
		(
			await table
				.getByRole('row', { name: new RegExp(row) })
				.getByRole('cell')
				.allTextContents()
		).map(Number);
	const [currentLoss = NaN, fittedLoss = NaN] = await figures('Log loss');
	expect(fittedLoss).toBeLessThanOrEqual(currentLoss);
	test
		.info()
		.annotations.push({ type: 'log loss', description: `default ${currentLoss}, fitted ${fittedLoss}` });
	await expect(section).toContainText('predict your history better');

	await section.getByRole('button', { name: 'Apply and reschedule' }).click();
	await expect(section).toContainText('Applied.', { timeout: 60_000 });
	await expect(section).toContainText('In use: parameters fitted to your history.');
	const after = await dues(page);
	const moved = [...after].filter(([id, due]) => before.get(id) !== due).length;
	expect(moved).toBeGreaterThan(history.cardIds.length / 2);
	const meta = (await dumpDatabase(page)).meta as Meta[];
	const saved = meta.find((m) => m.key === 'scheduler-settings')?.value;
	expect(saved?.weights).toHaveLength(21);
	await expect(section.getByTestId('workload-best')).toBeVisible({ timeout: 60_000 });

	// The learner keeps studying: 1,500 more reviews than at the fit bring the reminder.
	await page.evaluate(
		(fittedAtReviews) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('kehu-chinese');
				open.onsuccess = () => {
					const tx = open.result.transaction('meta', 'readwrite');
					const store = tx.objectStore('meta');
					const get = store.get('scheduler-settings');
					get.onsuccess = () => {
						const row = get.result as Meta;
						store.put({ ...row, value: { ...row.value, fittedAtReviews } });
					};
					tx.oncomplete = () => (open.result.close(), resolve());
					tx.onerror = () => reject(new Error(String(tx.error)));
				};
			}),
		(saved?.fittedAtReviews ?? 0) - 1500
	);
	await page.reload();
	const reminder = section.getByTestId('refit-reminder');
	await expect(reminder).toContainText('New reviews since your parameters were fitted: 1500.', {
		timeout: 60_000
	});
	// The figures shown are the log losses on exactly those newest reviews, recomputed here from the history.
	const gain = /log loss ([\d.]+) with your parameters, ([\d.]+) with the defaults/.exec(
		(await reminder.textContent()) ?? ''
	);
	const log = {
		cardIds: history.cardIds,
		card: Uint32Array.from(history.card),
		grade: Uint8Array.from(history.grade),
		reviewedAt: Float64Array.from(history.reviewedAt)
	};
	const histories = cardHistories(
		log,
		() => true,
		4,
		(at) => -new Date(at).getTimezoneOffset() || 0
	);
	const from = firstReviewAfterFit(histories, (saved?.fittedAtReviews ?? 0) - 1500);
	expect(gain?.slice(1)).toEqual([
		evaluateWeights(histories, saved?.weights ?? [], from).logLoss.toFixed(4),
		evaluateWeights(histories, default_w, from).logLoss.toFixed(4)
	]);

	await section.getByRole('button', { name: /Undo/ }).click();
	await expect(section).toContainText('The previous parameters are back.', { timeout: 60_000 });
	expect(await dues(page)).toEqual(before);
});
