import { chromium, type Page } from '@playwright/test';
const BASE = 'http://localhost:4373';
const OUT = '/tmp/drills-shots';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });

async function answerSomething(page: Page) {
	const region = page.getByRole('region', { name: /Question \d+ of/ });
	if (await region.getByRole('textbox').count()) {
		await page.keyboard.type('做');
		await page.keyboard.press('Enter');
		return;
	}
	if (await region.locator('button[aria-pressed]').count()) {
		await page.keyboard.press('ArrowRight');
	} else if (await region.locator('.tiles button').count()) {
		const n = await region.locator('.tiles button').count();
		for (let i = 0; i < n; i++) await page.keyboard.press('1');
	} else if (await region.locator('.frames').count()) {
		const n = await region.locator('.frames li').count();
		for (let i = 1; i <= n; i++) await page.keyboard.press(String(i));
	} else await page.keyboard.press('2');
	await page.keyboard.press('Enter');
}

for (const [size, width, height] of [['phone', 390, 844], ['desktop', 1280, 860]] as const) {
	const context = await browser.newContext({ viewport: { width, height } });
	const page = await context.newPage();
	for (const [kind, path] of [['drill', '/practice/drills/mixed'], ['quiz', '/practice/quiz/mixed']]) {
		await page.goto(BASE + path);
		for (let i = 0; i < 10; i++) {
			const region = page.getByRole('region', { name: /Question \d+ of/ });
			await region.waitFor();
			const type = (await region.getByRole('heading', { level: 2 }).textContent())?.replace(/\W+/g, '-');
			await page.screenshot({ path: `${OUT}/${kind}-${i}-${type}-${size}.png`, fullPage: true });
			await answerSomething(page);
			await page.getByRole('button', { name: /Continue/ }).waitFor();
			await page.screenshot({ path: `${OUT}/${kind}-${i}-${type}-feedback-${size}.png`, fullPage: true });
			await page.keyboard.press('Enter');
		}
		await page.screenshot({ path: `${OUT}/${kind}-summary-${size}.png`, fullPage: true });
	}
	for (const [name, path] of [['hub', '/practice'], ['notebook', '/notebook'], ['home', '/']]) {
		await page.goto(BASE + path);
		await page.waitForTimeout(800);
		await page.screenshot({ path: `${OUT}/${name}-${size}.png`, fullPage: name !== 'hub' && name !== 'home' });
	}
	await context.close();
}
await browser.close();
