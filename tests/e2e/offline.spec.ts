import { expect, test } from '@playwright/test';
import { encodeDocument } from '../../src/lib/domain/sharing/codec';
import { anAssignment } from '../factories/sharing';
import { openPage, waitForServiceWorker } from './support';

test('after one online visit, every screen works offline', async ({ page, context }) => {
	// About twenty pages, each opened once.
	test.setTimeout(60_000);
	await openPage(page, '/');
	await waitForServiceWorker(page);
	await context.setOffline(true);
	await expect(page.getByRole('status')).toContainText('offline');

	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

	await page.getByRole('navigation').getByRole('link', { name: 'Words' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Words');
	await page.getByRole('searchbox').fill('kefu');
	await page.getByRole('listitem').first().getByRole('link').click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('客服');

	await openPage(page, '/words/liucunlv');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('留存率');
	await openPage(page, '/settings');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings');
	await openPage(page, '/words?q=crm');
	await expect(page.getByRole('listitem').first()).toContainText('客户关系管理');
	await openPage(page, '/practice');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Practice');
	await openPage(page, '/practice/drills/kehu-guanxi');
	await expect(page.getByRole('region', { name: /Question 1 of/ })).toBeVisible();
	await openPage(page, '/practice/quiz/mixed');
	await expect(page.getByRole('region', { name: /Question 1 of/ })).toBeVisible();
	await openPage(page, '/practice/quiz/notebook');
	await expect(page.getByRole('heading', { name: /nothing to practise/ })).toBeVisible();
	await openPage(page, '/notebook');
	await expect(page.getByText(/No mistakes yet/)).toBeVisible();

	for (const [path, heading] of [
		['/teach', 'Teach'],
		['/teach/class', 'Class dashboard'],
		['/decks/import', 'Import a deck'],
		['/assignments', 'Your assignments']
	] as const) {
		await openPage(page, path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
	}
	// An assignment link opened offline is read in the browser, previewed and accepted.
	await openPage(page, `/assignment#${encodeDocument(anAssignment())}`);
	await expect(page.getByRole('heading', { name: 'Week 3: 客户关系' })).toBeVisible();
	await page.getByRole('button', { name: 'Accept' }).click();
	await expect(page.getByText(/Accepted\./)).toBeVisible();
	// The simulator generates its data in a worker, which the service worker has cached too.
	await openPage(page, '/simulator');
	await page.getByLabel('Customers (200–100,000)').fill('300');
	await page.getByRole('button', { name: 'Generate' }).click();
	await expect(page.getByText('At a glance')).toBeVisible();
});
