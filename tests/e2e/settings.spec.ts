import { expect, test } from '@playwright/test';
import { openPage } from './support';

test('study settings are validated, saved and applied to the decks', async ({ page }) => {
	await openPage(page, '/settings');
	await page.getByLabel('New cards per day, across all decks').fill('5');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByText('Saved. Every card was rescheduled')).toBeVisible();

	await page.getByRole('textbox', { name: /^Learning steps/ }).fill('soon');
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('alert')).toContainText(
		'Learning steps (e.g. 1m 10m): “soon” is not a step like 1m, 6h or 1d'
	);

	await openPage(page, '/settings');
	await expect(page.getByLabel('New cards per day, across all decks')).toHaveValue('5');
	await expect(page.getByRole('textbox', { name: /^Learning steps/ })).toHaveValue('1m 10m');
	await openPage(page, '/study');
	await expect(
		page.getByRole('listitem').filter({ hasText: '客服 · customer service agent' }).locator('.new dd')
	).toHaveText('5');
});
