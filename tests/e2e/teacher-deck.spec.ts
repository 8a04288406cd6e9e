import { expect, test, type Browser, type Page } from '@playwright/test';
import { deckCsv } from '../factories/deck-csv';
import { answerCard, openPage } from './support';

const CSV = deckCsv(500);

/** Imports the 500-row file as "Week 5" and checks that every row is kept. */
async function importDeck(page: Page): Promise<void> {
	await openPage(page, '/decks/import');
	await page
		.getByLabel('Open a file')
		.setInputFiles({ name: 'Week 5.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
	await expect(page.getByText('500 words ready, 0 rows with problems.')).toBeVisible({ timeout: 30_000 });
	await expect(page.getByText('500 words × 4 card types = 2,000 cards')).toBeVisible();
	const preview = page.getByRole('table', { name: /Every row of the import/ });
	await expect(preview.getByRole('row').filter({ hasText: '質量問題' })).toContainText('zhì liàng wèn tí');
	await expect(preview.getByRole('row').filter({ hasText: '西安分公司' })).toContainText('xī ān fēn gōng sī');
	await expect(preview.getByRole('row').filter({ hasText: '一会儿' })).toContainText('yí huìr');
	await expect(preview.getByRole('row').filter({ hasText: '朋友' })).toContainText('péng you');
	await page.getByRole('button', { name: 'Save 500 words' }).click();
	await expect(page).toHaveURL(/\/study$/);
	const deck = page
		.getByRole('region', { name: 'Your decks' })
		.getByRole('listitem')
		.filter({ hasText: 'Week 5' });
	await expect(deck).toContainText('500 words × 4 card types = 2,000 cards');
}

/** A learner in a fresh browser accepts the assignment, studies two cards of the deck and returns a report code. */
async function learner(browser: Browser, link: string, name: string): Promise<string> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(link);
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
	await expect(page.getByRole('heading', { name: 'Week 5 words' })).toBeVisible();
	await expect(page.getByText('Week 5', { exact: true })).toBeVisible();
	await page.getByRole('button', { name: 'Accept' }).click();
	await expect(page.getByText(/Accepted\./)).toBeVisible();
	await openPage(page, '/assignments');
	await page.getByRole('link', { name: 'Week 5' }).click();
	await answerCard(page, 3);
	await answerCard(page, 3);
	await openPage(page, '/assignments');
	await expect(page.getByText('2 / 2,000').or(page.getByText('2 / 2000')).first()).toBeVisible();
	await page.getByLabel('Your name, as your teacher knows you').fill(name);
	await page.getByRole('button', { name: 'Make my report' }).click();
	const code = await page.getByLabel(/^Report code/).inputValue();
	await context.close();
	return code;
}

test('a 500-row CSV with real pinyin and traditional characters is kept whole, assigned, and studied by two learners', async ({
	browser,
	page
}) => {
	test.setTimeout(300_000);
	await importDeck(page);

	await openPage(page, '/teach');
	await page.getByLabel('Title').fill('Week 5 words');
	const decks = page.getByRole('group', { name: /Decks/ });
	await decks.getByRole('checkbox', { name: /Week 5/ }).check();
	await page.getByRole('button', { name: 'Make the link' }).click();
	const link = await page.getByLabel(/^Link \(\d+ characters\)/).inputValue();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download the assignment file' }).click();
	expect((await download).suggestedFilename()).toBe('assignment-Week-5-words.kehu.json');

	const codes = [await learner(browser, link, 'An Ran'), await learner(browser, link, 'Bai Lu')];
	await openPage(page, '/teach/class');
	await page.getByLabel(/paste report codes/).fill(codes.join('\n'));
	await page.getByRole('button', { name: 'Import the codes' }).click();
	const table = page.getByRole('table', { name: 'Each learner’s progress' });
	await expect(table.getByRole('row').filter({ hasText: 'An Ran' })).toBeVisible();
	await expect(table.getByRole('row').filter({ hasText: 'Bai Lu' })).toBeVisible();
});

test('the QR code projects full screen with modules of at least 6 px at 1080p', async ({ page }) => {
	await page.setViewportSize({ width: 1920, height: 1080 });
	await openPage(page, '/teach');
	await page.getByLabel('Title').fill('Projected');
	await page
		.getByRole('group', { name: /Decks/ })
		.getByRole('checkbox', { name: /^客服 · / })
		.check();
	await page.getByRole('button', { name: 'Make the link' }).click();
	await page.getByRole('button', { name: 'Show full screen' }).click();
	const code = page.getByRole('dialog').getByRole('img');
	await expect(code).toBeVisible();
	const modules = Number((await code.getAttribute('viewBox'))?.split(' ')[2]);
	const box = await code.boundingBox();
	expect((box?.height ?? 0) / modules).toBeGreaterThanOrEqual(6);
	await page.keyboard.press('Escape');
	await expect(page.getByRole('dialog')).toBeHidden();
});
