import { expect, test, type Page } from '@playwright/test';
import { strayText } from './language-walk';
import { openPage } from './support';

/** Every screen, and the states a click away that show new text. */
const SCREENS = [
	'/',
	'/words',
	'/words/kehu',
	'/study',
	'/cards',
	'/decks/import',
	'/notebook',
	'/practice',
	'/practice/drills/mixed',
	'/practice/quiz/mixed',
	'/stats',
	'/settings',
	'/assignments',
	'/assignment',
	'/teach',
	'/teach/class',
	'/simulator',
	'/simulator/missions',
	'/dialogues',
	'/dialogues/b1-jd-refund-broken',
	'/templates'
];
const SIMULATOR = [
	'/simulator',
	'/simulator/customers',
	'/simulator/rfm',
	'/simulator/pyramid',
	'/simulator/value',
	'/simulator/retention',
	'/simulator/funnel',
	'/simulator/service',
	'/simulator/automation',
	'/simulator/export',
	'/simulator/missions',
	'/simulator/desk'
];

async function inLanguage(page: Page, locale: 'en' | 'zh'): Promise<void> {
	await page.addInitScript((locale) => {
		localStorage.setItem('preferences', JSON.stringify({ locale }));
	}, locale);
}

async function expectClean(page: Page, ui: 'en' | 'zh', where: string): Promise<void> {
	// The simulator's second worker is started from inside its first; Chromium does not always report
	// that script's request as finished, so network idle is waited for a while, not forever.
	await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
	const stray = await strayText(page, ui);
	expect.soft(stray, `${where} in the ${ui} interface`).toEqual([]);
}

for (const ui of ['zh', 'en'] as const) {
	test.describe(`the ${ui} interface`, () => {
		const late: string[] = [];
		test.beforeEach(({ page }) => {
			late.length = 0;
			// A page that renders before its message group arrives names the group in a warning.
			page.on('console', (m) => {
				if (m.text().includes('loaded late')) late.push(m.text());
			});
			return inLanguage(page, ui);
		});
		test.afterEach(() => expect(late, 'message groups a page forgot to load').toEqual([]));

		test('every screen is in its language, other-language text tagged', async ({ page }) => {
			test.setTimeout(120_000);
			for (const path of SCREENS) {
				await openPage(page, path);
				await expectClean(page, ui, path);
			}
		});

		test('a study card answered and a drill answered wrong', async ({ page }) => {
			await openPage(page, '/study/all');
			await page.locator('.actions button, button.primary').first().click();
			await expectClean(page, ui, 'a revealed study card');
			await openPage(page, '/practice/quiz/mixed');
			// The question renders after its content loads; a key pressed before that goes nowhere.
			// The mixed quiz may open on any question type, so answer whichever it shows.
			await page.locator('main .answer-area').waitFor();
			const box = page.getByRole('main').getByRole('textbox');
			if (await box.count()) await box.first().fill('x');
			else {
				const check = page.locator('main .actions button.primary');
				// Number keys pick options, tiles, words or match words until the answer is complete.
				for (let i = 0; i < 30 && !(await check.isEnabled()); i++) {
					await page.keyboard.press(String((i % 4) + 1));
				}
			}
			await page.keyboard.press('Enter');
			await page.locator('.feedback').waitFor();
			await expectClean(page, ui, 'a quiz item answered');
			await openPage(page, '/notebook');
			await expectClean(page, ui, 'the notebook');
		});

		test('the simulator with a generated shop', async ({ page }) => {
			test.setTimeout(120_000);
			await openPage(page, '/simulator');
			await page.locator('form input[type=number]').nth(1).fill('500');
			await page.locator('form button[type=submit]').first().click();
			await expect(page.locator('.working')).toHaveCount(0);
			for (const path of SIMULATOR) {
				await page.locator(`a[href="${path}"]`).first().click();
				await page.waitForURL(`**${path}`);
				await expect(page.locator('.working')).toHaveCount(0);
				await expectClean(page, ui, path);
			}
		});
	});
}
