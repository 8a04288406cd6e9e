import { expect, test } from '@playwright/test';
import { answerCard, openPage } from './support';

test('the message templates are listed by function and studied as cards', async ({ page }) => {
	await openPage(page, '/dialogues');
	await page.getByRole('link', { name: /Message templates/ }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Message templates' })).toBeVisible();
	const apologies = page.getByRole('region', { name: /Apologising/ });
	await expect(apologies).toContainText('非常抱歉让您久等了。');
	await expect(apologies).toContainText('fēicháng bàoqiàn');
	await expect(page.getByRole('region', { name: /Closing/ })).toContainText('顺颂商祺！');
	await page.getByRole('link', { name: 'Study as cards' }).click();
	await expect(page).toHaveURL(/\/study\/templates$/);
	await answerCard(page, 3);
	await expect(page.getByText(/1 learning/)).toBeVisible();
});

test('the study page offers the templates deck', async ({ page }) => {
	await openPage(page, '/study');
	await expect(page.getByRole('link', { name: /Service message templates/ })).toBeVisible();
});

test('a template card’s info page links to the template’s row, not to a word page', async ({ page }) => {
	await openPage(page, '/cards/info?id=template.apology-kept-waiting:recognition');
	await page.getByRole('link', { name: 'Open it among the message templates' }).click();
	await expect(page).toHaveURL(/\/templates#t-apology-kept-waiting$/);
	await expect(page.locator('#t-apology-kept-waiting')).toContainText('非常抱歉让您久等了。');
});
