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
