import { chromium } from '@playwright/test';
const BASE = 'http://localhost:4373';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const [size, width, height] of [['phone', 390, 844], ['desktop', 1280, 860]] as const) {
	const context = await browser.newContext({ viewport: { width, height } });
	const page = await context.newPage();
	for (let r = 0; r < 2; r++) {
		await page.goto(`${BASE}/practice/drills/kehu-guanxi`);
		const question = page.getByRole('region', { name: /Question 1 of/ });
		await question.waitFor();
		if (await question.getByRole('textbox').count()) await page.keyboard.type('zuo4');
		else if (await question.locator('.tiles button').count()) { const n = await question.locator('.tiles button').count(); for (let i = 0; i < n; i++) await page.keyboard.press('1'); }
		else if (await question.locator('.frames').count()) { const n = await question.locator('.frames li').count(); for (let i = 1; i <= n; i++) await page.keyboard.press(String(i)); }
		else await page.keyboard.press('2');
		await page.keyboard.press('Enter');
		await page.getByRole('button', { name: /Continue/ }).waitFor({ timeout: 5000 }).catch(async (e) => { await page.screenshot({ path: '/tmp/drills-shots/fail.png' }); throw e; });
		await page.screenshot({ path: `/tmp/drills-shots/final-drill-${r}-${size}.png` });
	}
	await page.goto(`${BASE}/notebook`);
	await page.getByRole('heading', { name: 'By word' }).waitFor();
	await page.screenshot({ path: `/tmp/drills-shots/final-notebook-${size}.png` });
	await context.close();
}
await browser.close();
