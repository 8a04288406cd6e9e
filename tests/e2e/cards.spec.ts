import { expect, test } from '@playwright/test';
import { answerCard, openPage } from './support';

test('the card browser searches, filters, acts on a selection, undoes it and opens card info', async ({
	page
}) => {
	test.setTimeout(60_000);
	await openPage(page, '/study/kefu');
	await answerCard(page, 1);
	await answerCard(page, 3);

	await openPage(page, '/study');
	await page.getByRole('link', { name: 'Browse cards' }).click();
	await expect(page.getByRole('heading', { name: 'Card browser' })).toBeVisible();

	const search = page.getByLabel('Search by hanzi, pinyin or English');
	await search.fill('ke4fu2');
	const rows = page.locator('tbody tr');
	await expect(rows.first()).toContainText('客服');
	const found = await rows.count();
	expect(found).toBeGreaterThan(1);
	for (const text of await rows.locator('td:nth-child(2) .hanzi').allTextContents())
		expect(text).toContain('客服');

	await page.getByLabel('State').selectOption('learning');
	await expect(rows).toHaveCount(2);

	await page.getByLabel('Card type').selectOption('');
	await page.getByLabel('Select all found').check();
	await expect(page.getByText('Selected: 2')).toBeVisible();
	await page.getByRole('button', { name: 'Suspend', exact: true }).click();
	await expect(page.getByText('Suspend: 2 cards.')).toBeVisible();
	await page.getByLabel('State').selectOption('suspended');
	await expect(rows).toHaveCount(2);

	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByText('Put back: 2.')).toBeVisible();
	await expect(page.getByText('No card matches.')).toBeVisible();

	await page.getByLabel('State').selectOption('learning');
	await rows.first().getByRole('link').click();
	await expect(page.getByRole('heading', { name: /客服/ })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Memory' })).toBeVisible();
	await expect(page.getByText('Chance of recall now')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Forgetting curve' })).toBeVisible();
	await expect(page.locator('svg').first()).toBeVisible();
	const history = page.getByRole('region', { name: 'Answers' }).locator('tbody tr');
	await expect(history).toHaveCount(1);
});
