import { expect, test } from '@playwright/test';
import { openPage } from './support';

test('home leads to the three headwords', async ({ page }) => {
	await openPage(page, '/');
	const headwords = page.getByRole('region', { name: /three headwords/i }).getByRole('link');
	await expect(headwords).toHaveCount(3);
	await headwords.filter({ hasText: 'customer relationship' }).first().click();
	await expect(page).toHaveURL(/\/words\/kehu-guanxi$/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('客户关系');
});

test('word list finds 客户 by every pinyin form, hanzi and English', async ({ page }) => {
	await openPage(page, '/words');
	const search = page.getByRole('searchbox');
	const first = page.getByRole('listitem').first();
	for (const query of ['kehu', 'ke4hu4', 'kèhù', 'ke hu']) {
		await search.fill(query);
		await expect(first).toContainText('客户');
		await expect(first).toContainText('kèhù');
	}
	await search.fill('ke3hu4');
	await expect(page.getByText('No word matches')).toBeVisible();
	await search.fill('客服');
	await expect(first).toContainText('客服');
	await search.fill('refund');
	await expect(first).toContainText('退款');
	await expect(page).toHaveURL(/\?q=refund$/);
});

test('word list filters by level and part of speech', async ({ page }) => {
	await openPage(page, '/words');
	await page.getByRole('button', { name: 'B2', exact: true }).click();
	const badges = page.getByRole('listitem').locator('.badge');
	await expect(badges.first()).toBeVisible();
	expect(new Set(await badges.allTextContents())).toEqual(new Set(['B2']));
	await page.getByLabel('Part of speech').selectOption('verb');
	const rows = page.getByRole('listitem');
	for (const text of await rows.allTextContents()) expect(text).toContain('verb');
	await page.getByRole('button', { name: 'Clear filters' }).click();
	expect(await rows.count()).toBeGreaterThanOrEqual(60);
});

test('a link with filters in the query string opens filtered', async ({ page }) => {
	await openPage(page, '/words?tag=crm-term&level=B1');
	await expect(page.getByRole('button', { name: 'B1', exact: true })).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByRole('listitem').first()).toBeVisible();
	expect(new Set(await page.getByRole('listitem').locator('.badge').allTextContents())).toEqual(
		new Set(['B1'])
	);
});

test('word page switches level, shows pinyin and looks up a tapped word', async ({ page }) => {
	await openPage(page, '/words/kehu-guanxi');
	const tabs = page.getByRole('tablist', { name: 'Choose a level' });
	await expect(tabs.getByRole('tab')).toHaveCount(6);
	await tabs.getByRole('tab', { name: 'C1' }).click();
	const panel = page.getByRole('tabpanel');
	await expect(panel.getByRole('heading')).toContainText('C1');
	const c1First = await panel.getByRole('listitem').first().textContent();
	await tabs.getByRole('tab', { name: 'C1' }).press('ArrowLeft');
	await expect(tabs.getByRole('tab', { name: 'B2' })).toHaveAttribute('aria-selected', 'true');
	await expect(panel.getByRole('heading')).toContainText('B2');
	expect(await panel.getByRole('listitem').first().textContent()).not.toBe(c1First);

	await expect(panel.locator('rt').first()).toBeVisible();
	await page.getByRole('checkbox', { name: 'Pinyin' }).uncheck();
	await expect(panel.locator('rt')).toHaveCount(0);
	await page.getByRole('checkbox', { name: 'Pinyin' }).check();

	const word = panel.locator('button.word:not(.current)').first();
	const hanzi = (await word.textContent())?.replace(/[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü\s]/g, '') ?? '';
	await word.click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toContainText(hanzi);
	await expect(dialog.locator('.pinyin')).not.toBeEmpty();
	await expect(dialog.locator('.gloss')).not.toBeEmpty();
	await page.keyboard.press('Escape');
	await expect(dialog).toHaveCount(0);
});

test('word page shows collocations, mistakes and contrasts', async ({ page }) => {
	await openPage(page, '/words/kehu-guanxi');
	await expect(page.getByRole('region', { name: 'Collocations' })).toContainText('维护客户关系');
	await expect(page.getByRole('region', { name: 'Common mistakes' })).toContainText('顾客关系');
	await expect(page.getByRole('region', { name: 'Compared with' })).toContainText('人际关系');
});

test('word page shows measure words, a character breakdown and culture notes', async ({ page }) => {
	await openPage(page, '/words/kefu');
	const measure = page.getByRole('region', { name: 'Measure word' });
	await expect(measure).toContainText('一位客服');
	await expect(measure).toContainText('wèi');
	const chars = page.getByRole('region', { name: 'Character by character' });
	await expect(chars).toContainText('服务');
	await expect(chars).toContainText('fúwù');
	await openPage(page, '/words/kehu-guanxi');
	const notes = page.getByRole('region', { name: 'Notes' });
	await expect(notes).toContainText('面子');
	await expect(notes).toContainText('人情');
	await expect(notes).toContainText('朋友关系');
});

test('the interface switches to Chinese and stays switched', async ({ page }) => {
	await openPage(page, '/');
	await page.getByRole('button', { name: 'Switch the interface to Chinese' }).click();
	await expect(page.getByRole('navigation').getByRole('link', { name: '词汇' })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await openPage(page, '/words');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('词汇');
	await page.getByRole('button', { name: '将界面切换为英文' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Words');
});

test('the theme follows the system and can be overridden', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await openPage(page, '/');
	const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
	await expect.poll(background).toBe('rgb(21, 23, 28)');
	await page.getByLabel('Theme').selectOption('light');
	await expect.poll(background).toBe('rgb(247, 246, 242)');
	await page.reload();
	await expect.poll(background).toBe('rgb(247, 246, 242)');
});

test('pages carry a Content-Security-Policy with no inline script', async ({ page }) => {
	await openPage(page, '/words/kefu');
	const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
	expect(csp).toMatch(/script-src 'self'/);
	expect(csp).not.toContain("unsafe-inline' ;");
	expect(csp?.match(/script-src[^;]*/)?.[0]).not.toContain('unsafe-inline');
});
