import { expect, test } from '@playwright/test';

for (const path of [
	'/',
	'/words',
	'/words/kehu-guanxi',
	'/words/kefu',
	'/words/kehu-fuwu',
	'/settings',
	'/practice',
	'/practice/drills/mixed',
	'/practice/quiz/mixed',
	'/practice/quiz/notebook',
	'/notebook',
	'/study',
	'/teach',
	'/teach/class',
	'/assignment',
	'/assignments',
	'/decks/import',
	'/simulator'
]) {
	test(`${path} fits a phone screen without sideways scrolling`, async ({ page }) => {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});
}

test('the workload charts’ axis labels stand apart on a phone', async ({ page }) => {
	await page.goto('/settings');
	const labels = page.locator('svg text.x-label');
	await expect(labels.first()).toBeVisible({ timeout: 20_000 });
	for (const svg of await page.locator('svg:has(text.x-label)').all()) {
		const boxes = await svg
			.locator('text.x-label')
			.evaluateAll((els) =>
				els.map((el) => el.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right }))
			);
		boxes.sort((a, b) => a.left - b.left);
		for (const [i, box] of boxes.entries())
			if (i > 0) expect(box.left).toBeGreaterThanOrEqual(boxes[i - 1]!.right);
	}
});
