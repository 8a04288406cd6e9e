import { expect, test, type Locator, type Page } from '@playwright/test';
import { openPage } from './support';

async function openDesk(page: Page): Promise<void> {
	await openPage(page, '/simulator');
	await page.getByLabel('Seed').fill('11');
	await page.getByLabel('Customers (200–100,000)').fill('600');
	await page.getByRole('button', { name: 'Generate' }).click();
	await expect(page.getByText('At a glance')).toBeVisible();
	await page
		.getByRole('navigation', { name: 'Simulator screens' })
		.getByRole('link', { name: '客服工作台' })
		.click();
	await expect(page.getByRole('heading', { name: 'Inbox' })).toBeVisible();
}

async function openComplaint(page: Page, level: string): Promise<void> {
	await page.getByLabel('Your level').selectOption(level);
	await page.getByRole('button').filter({ hasText: '我要投诉' }).first().click();
}

/** Picks, in one turn, the first option whose text matches. */
async function pick(turn: Locator, text: RegExp): Promise<void> {
	await turn.getByRole('radio', { name: text }).first().check();
}

test('a complaint answered at A2 with the wrong phrase for the apology, then at C1 with no closing', async ({
	page
}) => {
	test.slow();
	await openDesk(page);
	await expect(page.getByRole('status').filter({ hasText: /answered of/ })).toContainText(
		'0 tickets answered'
	);

	await openComplaint(page, 'A2');
	const turns = page.getByRole('group');
	await expect(turns).toHaveCount(4);
	await pick(turns.nth(0), /您好|尊敬的/);
	// Anything but an apology in the apology turn.
	await pick(turns.nth(1), /^(?!.*(抱歉|对不起|不好意思|歉意)).*$/);
	await pick(turns.nth(2), /为您|马上|送您|承担/);
	await pick(turns.nth(3), /祝您|还有其他|此致|顺颂|随时/);
	await page.getByRole('button', { name: 'Send the reply' }).click();
	const feedback = page.getByRole('region', { name: /Rules passed/ });
	await expect(feedback).toContainText('Missing move: apology. For example:');
	await expect(feedback).toContainText('非常抱歉让您久等了。');
	await page.getByRole('button', { name: 'Back to the inbox' }).first().click();
	await expect(page.getByRole('status').filter({ hasText: /answered of/ })).toContainText(
		'1 ticket answered'
	);

	await openComplaint(page, 'C1');
	const order = (await page.locator('dd').first().textContent()) ?? '';
	await page
		.getByLabel('Write your reply in Chinese')
		.fill(`您好！订单${order}的商品和图片不一样，非常抱歉。我们马上为您安排换货，两天内寄出。`);
	await page.getByRole('button', { name: 'Send the reply' }).click();
	await expect(page.getByRole('region', { name: /Rules passed/ })).toContainText('Missing move: closing.');

	await page.getByRole('link', { name: 'Your misses are in the mistake notebook.' }).click();
	const desk = page.getByRole('region', { name: 'Service desk' });
	await expect(desk).toContainText('Reply move');
	await expect(desk).toContainText('非常抱歉让您久等了。');
	await expect(desk).toContainText('祝您生活愉快，再见！');
});
