import { expect, test } from '@playwright/test';
import { answerCard, openPage } from './support';

test('stats start empty, then chart the answers given', async ({ page }) => {
	await openPage(page, '/stats');
	await expect(page.getByText('No answers yet')).toBeVisible();

	await openPage(page, '/study/kefu');
	for (const grade of [3, 1, 4] as const) await answerCard(page, grade);

	await page.getByRole('navigation').getByRole('link', { name: 'Stats' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Statistics');
	for (const title of [
		'Answers per day',
		'Due in the next 30 days',
		'True retention by week',
		'Card states'
	]) {
		await expect(page.getByRole('heading', { name: title })).toBeVisible();
	}
	const heatmap = page.getByRole('img', { name: /answers/i }).first();
	await expect(heatmap).toBeVisible();
	await expect(page.getByText('Answers today').locator('..')).toContainText('3');
});
