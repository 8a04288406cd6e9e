/** Captures every screen at phone and desktop widths into docs/screenshots (needs `npm run preview`). */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';

const BASE = process.env.BASE_URL ?? 'http://localhost:4173';
const SCREENS = [
	['home', '/'],
	['words', '/words?q=kehu'],
	['word', '/words/kehu-guanxi'],
	['word-kefu', '/words/kefu'],
	['study', '/study'],
	['settings', '/settings']
] as const;
const SIZES = [
	['phone', 390, 844],
	['desktop', 1280, 860]
] as const;

mkdirSync('docs/screenshots', { recursive: true });
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-background-networking']
});
for (const [size, width, height] of SIZES) {
	for (const scheme of ['light', 'dark'] as const) {
		const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme });
		const page = await context.newPage();
		for (const [name, path] of SCREENS) {
			if (scheme === 'dark' && name !== 'word') continue;
			await page.goto(`${BASE}${path}`);
			await page.waitForLoadState('networkidle');
			await page.screenshot({
				path: `docs/screenshots/${name}-${size}${scheme === 'dark' ? '-dark' : ''}.png`
			});
		}
		if (scheme === 'light') {
			// A study card, question then answer, as a learner sees it.
			await page.goto(`${BASE}/study/kefu`);
			await page.getByRole('button', { name: /Show answer/ }).waitFor();
			await page.screenshot({ path: `docs/screenshots/study-card-${size}.png` });
			await page.getByRole('button', { name: /Show answer/ }).click();
			await page.screenshot({ path: `docs/screenshots/study-answer-${size}.png` });
			// A drill answered wrongly on purpose, its explanation, then the notebook it lands in.
			await page.goto(`${BASE}/practice/drills/kehu-guanxi`);
			// Questions come in a random order: answer until one is wrong, and show that one.
			for (let n = 1; n <= 9; n++) {
				const question = page.getByRole('region', { name: new RegExp(`Question ${n} of`) });
				await question.waitFor();
				if (await question.getByRole('textbox').count()) await page.keyboard.type('zuo4');
				else await page.keyboard.press('2');
				await page.keyboard.press('Enter');
				await page.getByRole('button', { name: /Continue/ }).waitFor();
				if (await page.getByText('Not quite').count()) break;
				await page.keyboard.press('Enter');
			}
			await page.screenshot({ path: `docs/screenshots/practice-drill-${size}.png` });
			await page.goto(`${BASE}/notebook`);
			await page.getByRole('heading', { name: 'By word' }).waitFor();
			await page.screenshot({ path: `docs/screenshots/notebook-${size}.png` });
		}
		await context.close();
	}
}
await browser.close();
