import { expect, test } from '@playwright/test';
import { openPage } from './support';

const SCREENS = [
	'客户列表',
	'RFM分析',
	'客户终身价值',
	'客户金字塔',
	'留存率',
	'销售漏斗',
	'工单',
	'营销自动化',
	'任务',
	'导出'
];

test('every simulator screen, with data, fits a phone screen without sideways scrolling', async ({
	page
}) => {
	await openPage(page, '/simulator');
	await page.getByLabel('Customers (200–100,000)').fill('400');
	await page.getByRole('button', { name: 'Generate' }).click();
	await expect(page.getByText('At a glance')).toBeVisible();
	const tabs = page.getByRole('navigation', { name: 'Simulator screens' });
	for (const screen of SCREENS) {
		await tabs.getByRole('link', { name: screen }).click();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow, screen).toBeLessThanOrEqual(0);
	}
	await tabs.getByRole('link', { name: '客户列表' }).click();
	await page.getByRole('rowgroup').getByRole('row').first().click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('客户画像');
	expect(
		await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
	).toBeLessThanOrEqual(0);
});
