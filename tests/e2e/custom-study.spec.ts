import { expect, test } from '@playwright/test';
import { answerCard, openPage } from './support';

test('custom study goes past today’s new-card limit without changing the limit', async ({ page }) => {
	test.setTimeout(60_000);
	await openPage(page, '/settings');
	const newPerDay = page.getByLabel(/New cards per day/);
	await newPerDay.fill('1');
	await page.getByRole('button', { name: /Save/ }).first().click();
	await expect(page.getByText(/Saved. Every card was rescheduled/)).toBeVisible();

	await openPage(page, '/study/kefu');
	await answerCard(page, 4);
	await expect(page.getByRole('heading', { name: /Session complete|Nothing is due/ })).toBeVisible();

	await page.locator('summary', { hasText: 'Custom study' }).click();
	await page.getByLabel('More new cards than today’s limit').check();
	await page.getByLabel('How many more').fill('2');
	await page.getByRole('button', { name: 'Start custom study' }).click();
	await expect(page).toHaveURL(/custom=new&count=2/);
	await answerCard(page, 4);
	await answerCard(page, 4);
	await expect(page.getByRole('heading', { name: /Session complete|Nothing is due/ })).toBeVisible();

	await openPage(page, '/study/kefu');
	await expect(page.getByRole('heading', { name: /Session complete|Nothing is due/ })).toBeVisible();
});

test('a word page leads to studying that word and shows where its cards stand', async ({ page }) => {
	await openPage(page, '/words/kefu');
	const status = page.getByRole('status').filter({ hasText: 'Its cards' });
	await expect(status).toContainText('new 5 · due 0 · suspended 0');
	await expect(page.getByRole('link', { name: 'Practise this word: drills' })).toHaveAttribute(
		'href',
		/practice\/drills\/kefu$/
	);
	await page.getByRole('link', { name: 'Study this word' }).click();
	await expect(page.getByRole('heading', { name: '客服' })).toBeVisible();
	await answerCard(page, 4);
	await openPage(page, '/words/kefu');
	await expect(status).toContainText('new 4');
});
