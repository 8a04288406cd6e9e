import { chromium } from '@playwright/test';
const BASE = 'http://localhost:4373';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [size, width, height] of [['phone', 390, 844], ['desktop', 1280, 860]] as const) {
	const context = await browser.newContext({ viewport: { width, height } });
	const page = await context.newPage();
	// make some mistakes: quiz mixed, always pick option 2 / type wrong
	await page.goto(BASE + '/practice/quiz/mixed');
	for (let i = 0; i < 10; i++) {
		const region = page.getByRole('region', { name: /Question \d+ of/ });
		await region.waitFor();
		if (await region.getByRole('textbox').count()) await page.keyboard.type('我们要做客户关系');
		else if (await region.locator('button[aria-pressed]').count()) await page.keyboard.press('ArrowRight');
		else await page.keyboard.press('2');
		await page.keyboard.press('Enter');
		await page.getByRole('button', { name: /Continue/ }).waitFor();
		if (i < 4) await page.screenshot({ path: `/tmp/drills-shots/q2-${i}-${size}.png` });
		await page.keyboard.press('Enter');
	}
	await page.goto(BASE + '/notebook');
	await page.waitForTimeout(1000);
	await page.screenshot({ path: `/tmp/drills-shots/nb-${size}.png` });
	await page.mouse.wheel(0, 900);
	await page.waitForTimeout(300);
	await page.screenshot({ path: `/tmp/drills-shots/nb2-${size}.png` });
	await context.close();
}
await browser.close();
