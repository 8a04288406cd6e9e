import { expect, test } from '@playwright/test';
import { openPage } from './support';

test('a device clock a year ahead is noticed and explained, in both languages', async ({ page }) => {
	const ahead = new Date(Date.now() + 365 * 86_400_000);
	await page.clock.install({ time: ahead });
	await openPage(page, '/');
	const banner = page.getByRole('alert').filter({ hasText: 'clock' });
	await expect(banner).toContainText('it is ahead');
	await expect(banner).toContainText(String(ahead.getFullYear()));

	await page.getByRole('button', { name: 'Switch the interface to Chinese' }).click();
	await expect(page.getByRole('alert').filter({ hasText: '设备时钟快了' })).toBeVisible();
	await page.getByRole('button', { name: '关闭' }).click();
	await expect(page.getByRole('alert').filter({ hasText: '设备时钟' })).toHaveCount(0);
});

test('a right clock shows no warning', async ({ page }) => {
	await openPage(page, '/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	// The check is one request after start; give it the time it takes before asserting silence.
	await page.waitForLoadState('networkidle');
	await expect(page.getByRole('alert')).toHaveCount(0);
});
