import { expect, test } from '@playwright/test';
import { answerCard, answersToday, openPage } from './support';

test('a restore shows what it would replace, asks first, and can be undone', async ({ page }) => {
	test.setTimeout(60_000);
	await openPage(page, '/study/kefu');
	await answerCard(page, 3);
	await answerCard(page, 3);
	await openPage(page, '/settings');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export progress' }).click();
	const { readFileSync } = await import('node:fs');
	const backup = readFileSync(await (await download).path(), 'utf8');

	await openPage(page, '/study/kefu');
	await answerCard(page, 4);
	expect(await answersToday(page)).toBe(3);

	await openPage(page, '/settings');
	const choose = () =>
		page
			.getByLabel('Restore from a file')
			.setInputFiles({ name: 'older.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
	await choose();
	const consent = page.getByRole('dialog', { name: 'Restore this backup?' });
	await expect(
		consent
			.getByRole('row', { name: /In the file/ })
			.getByRole('cell')
			.first()
	).toHaveText('2');
	await expect(
		consent
			.getByRole('row', { name: /On this device now/ })
			.getByRole('cell')
			.first()
	).toHaveText('3');
	await expect(consent).toContainText('will be replaced: 1');

	await consent.getByRole('button', { name: 'Keep my current data' }).click();
	await expect(page.getByText('Nothing was changed.')).toBeVisible();
	expect(await answersToday(page)).toBe(3);

	await openPage(page, '/settings');
	await choose();
	await page.getByRole('button', { name: 'Replace with the backup' }).click();
	await expect(page.getByText('Restored 2 reviews.')).toBeVisible();
	await expect(page.getByText(/from before the restore on .* is kept \(answers: 3\)/)).toBeVisible();
	expect(await answersToday(page)).toBe(2);

	await openPage(page, '/settings');
	await page.getByRole('button', { name: 'Undo the restore' }).click();
	await expect(page.getByText('Your data from before the restore is back (answers: 3).')).toBeVisible();
	expect(await answersToday(page)).toBe(3);
});
