import { expect, test } from '@playwright/test';
import { encodeDocument } from '../../src/lib/domain/sharing/codec';
import { anAssignment, DUE } from '../factories/sharing';
import { openPage } from './support';

const SHOP = { seed: 4242, customers: 640, day: Math.floor(DUE / 86_400_000) - 30 };

test("a learner's mission link opens the teacher's shop, not the learner's own", async ({ page }) => {
	test.slow();
	// The learner has been working on a shop of their own.
	await openPage(page, '/simulator');
	await page.getByLabel('Seed').fill('7');
	await page.getByLabel('Customers (200–100,000)').fill('300');
	await page.getByRole('button', { name: 'Generate' }).click();
	await expect(page.getByText('At a glance')).toBeVisible();

	const doc = anAssignment({ decks: [], drills: [], quizzes: [], missions: ['count-customers'], shop: SHOP });
	await page.goto(`/assignment#${encodeDocument(doc)}`);
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
	await page.getByRole('button', { name: 'Accept' }).click();
	await expect(page.getByText(/Accepted\./)).toBeVisible();

	await openPage(page, '/assignments');
	await page.getByRole('link', { name: /我们的系统里一共有多少位客户/ }).click();
	await expect(page).toHaveURL(/\/simulator\/missions\?shop=4242-640-\d+#m-count-customers$/);
	const mission = page
		.locator('article.mission')
		.filter({ has: page.getByRole('heading', { name: '我们的系统里一共有多少位客户？' }) });
	// The teacher's shop has 640 customers: the learner's 300 would now be wrong.
	await mission.getByLabel('Your answer').fill('300');
	await mission.getByRole('button', { name: 'Check' }).click();
	await expect(mission.getByText('Not quite.')).toBeVisible();
	await mission.getByLabel('Your answer').fill(String(SHOP.customers));
	await mission.getByRole('button', { name: 'Check' }).click();
	await expect(mission.getByText('Right!')).toBeVisible();
});
