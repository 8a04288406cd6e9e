import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { dumpDatabase, openPage } from './support';

const CUSTOMERS = 500;

async function generate(page: Page): Promise<void> {
	await openPage(page, '/simulator');
	await page.getByLabel('Seed').fill('7');
	await page.getByLabel('Customers (200–100,000)').fill(String(CUSTOMERS));
	await page.getByRole('button', { name: 'Generate' }).click();
	await expect(page.getByText('At a glance')).toBeVisible();
}

/** The customer count shown on a segment's card in the RFM analysis. */
async function segmentCount(page: Page, segment: string): Promise<string> {
	const card = page.locator('section.segment').filter({ has: page.getByRole('heading', { name: segment }) });
	return (await card.locator('.numbers strong').textContent())?.replace(/,/g, '') ?? '';
}

function mission(page: Page, statement: string | RegExp) {
	return page.locator('article.mission').filter({ has: page.getByRole('heading', { name: statement }) });
}

test('generate a dataset, open a profile, solve two missions and export the CSV', async ({ page }) => {
	// Six screens and a download in one flow: give it the slow-test allowance.
	test.slow();
	await generate(page);

	// The customer list is virtualized: only the rows in view are in the DOM.
	await page
		.getByRole('navigation', { name: 'Simulator screens' })
		.getByRole('link', { name: '客户列表' })
		.click();
	await expect(page.getByText(`${CUSTOMERS} of ${CUSTOMERS} customers`)).toBeVisible();
	const rows = page.getByRole('rowgroup').getByRole('row');
	expect(await rows.count()).toBeLessThan(40);
	const first = rows.first();
	const name = (await first.locator('strong').textContent()) ?? '';
	await first.click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
	await expect(page.getByRole('heading', { name: /订单 · \d+ orders/ })).toBeVisible();
	await expect(page.getByText('客户终身价值').first()).toBeVisible();

	// Read the segment counts the RFM analysis shows.
	await page
		.getByRole('navigation', { name: 'Simulator screens' })
		.getByRole('link', { name: 'RFM分析' })
		.click();
	const winBack = await segmentCount(page, '重要挽留客户');
	const generalWinBack = await segmentCount(page, '一般挽留客户');
	expect(winBack).not.toBe(generalWinBack);

	await page
		.getByRole('navigation', { name: 'Simulator screens' })
		.getByRole('link', { name: '任务' })
		.click();
	const count = mission(page, /RFM 划分方法（五分位.*重要挽留客户有多少个？/);
	await count.getByLabel('Your answer').fill(generalWinBack);
	await count.getByRole('button', { name: 'Check' }).click();
	await expect(count.getByText('Not quite.')).toBeVisible();
	await expect(count.getByText('你把 M 分低的客户当成了重要挽留客户')).toBeVisible();
	// English only on request, and the answer stays hidden after a wrong try.
	await expect(count.getByText(/low M score/)).toHaveCount(0);
	await expect(count.getByText(winBack, { exact: true })).toHaveCount(0);
	await count.getByRole('button', { name: 'EN' }).click();
	await expect(count.getByText('you took customers with a low M score as 重要挽留客户')).toBeVisible();
	await count.getByLabel('Your answer').fill(winBack);
	await count.getByRole('button', { name: 'Check' }).click();
	await expect(count.getByText('Right!')).toBeVisible();

	const total = mission(page, '我们的系统里一共有多少位客户？');
	await total.getByLabel('Your answer').fill(String(CUSTOMERS));
	await total.getByRole('button', { name: 'Check' }).click();
	await expect(total.getByText('Right!')).toBeVisible();
	await expect(page.getByText('2 of 21 missions solved')).toBeVisible();

	// Both went through the answer path; the wrong one is in the mistake notebook with its diagnosis.
	const db = await dumpDatabase(page);
	expect(db.reviews?.length).toBe(3);
	expect(db.mistakes).toEqual([
		expect.objectContaining({
			itemId: 'mission.count-win-back',
			kind: 'meaning',
			given: generalWinBack,
			expected: '?'
		})
	]);
	expect(JSON.stringify(db.mistakes)).toContain('M 分低');
	expect(JSON.stringify(db.mistakes)).not.toContain('low M score');
	expect((db.studyTerms ?? []).map((t) => (t as { entryId: string }).entryId)).toContain(
		'zhongyao-wanliu-kehu'
	);

	// The notebook shows the mission's mistake with what went wrong.
	await openPage(page, '/notebook');
	await expect(page.getByRole('link', { name: 'CRM simulator missions' })).toBeVisible();
	await expect(page.getByText(/重要挽留客户有多少个？ .*M 分低/)).toBeVisible();
	await openPage(page, '/simulator/missions');

	// Progress survives a reload.
	await page.reload();
	await expect(page.getByText('2 of 21 missions solved')).toBeVisible();

	await page
		.getByRole('navigation', { name: 'Simulator screens' })
		.getByRole('link', { name: '导出' })
		.click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download customers (CSV)' }).click()
	]);
	const text = (await readFile(await download.path(), 'utf8')).replace(/^\ufeff/, '');
	const lines = text.trimEnd().split('\n');
	expect(lines[0]).toBe(
		'客户编号,姓名,城市,渠道,会员等级,生命周期阶段,注册日期,R_最近消费天数,F_消费次数,M_消费金额,R分,F分,M分,RFM分群,CLV'
	);
	expect(lines).toHaveLength(CUSTOMERS + 1);
	expect(download.suggestedFilename()).toBe('kehu-customers-seed7.csv');

	// The words the missions practised are now a deck to study.
	await openPage(page, '/study');
	await expect(page.getByText('Words from the simulator')).toBeVisible();
});

test('a label shows its pinyin and English, links to its word page and can be added to study', async ({
	page
}) => {
	await generate(page);
	await page
		.getByRole('navigation', { name: 'Simulator screens' })
		.getByRole('link', { name: 'RFM分析' })
		.click();
	const term = page.getByRole('button', { name: '重要价值客户', exact: true });
	await expect(term).toHaveAttribute('title', 'zhòngyào jiàzhí kèhù');
	await term.click();
	const card = page.getByRole('dialog', { name: '重要价值客户' });
	await expect(card).toContainText('high-value customers');
	await card.getByRole('button', { name: 'Add to my study' }).click();
	await expect(card.getByRole('button', { name: 'Added ✓' })).toBeVisible();
	await card.getByRole('link', { name: /Word page/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('重要价值客户');
});
