import { expect, test, type Page } from '@playwright/test';
import { openPage } from './support';

const tabs = (page: Page) => page.getByRole('navigation', { name: 'Simulator screens' });
const figure = (text: string | null) => Number((text ?? '').replace(/[^\d.]/g, ''));

interface ChannelRow {
	channel: string;
	spend: number;
	cac: number;
	ltv: number;
	ratio: number;
}

/** The channel table on the value screen, as a learner reads it. */
async function channelRows(page: Page): Promise<ChannelRow[]> {
	const rows = page
		.locator('table')
		.filter({ has: page.getByText('付费客户') })
		.locator('tbody tr');
	const out: ChannelRow[] = [];
	for (const row of await rows.all()) {
		const cells = await row.locator('td').allTextContents();
		out.push({
			channel: (cells[0] ?? '').trim(),
			spend: figure(cells[1] ?? ''),
			cac: figure(cells[4] ?? ''),
			ltv: figure(cells[5] ?? ''),
			ratio: Number.parseFloat((cells[6] ?? '').trim())
		});
	}
	return out;
}

test('a C2 mission solved in steps: read two screens, compute the budget shift, and check it', async ({
	page
}) => {
	await openPage(page, '/simulator');
	await page.getByLabel('Seed').fill('11');
	await page.getByLabel('Customers (200–100,000)').fill('3000');
	await page.getByRole('button', { name: 'Generate' }).click();
	await expect(page.getByText('At a glance')).toBeVisible();

	// Step 1: the value screen's channel table gives spend, CAC, LTV and LTV/CAC per channel.
	await tabs(page).getByRole('link', { name: '客户终身价值' }).click();
	await expect(page.getByText('付费客户').first()).toBeVisible();
	const rows = await channelRows(page);
	expect(rows).toHaveLength(5);
	const douyin = rows.find((r) => r.channel === '抖音');
	const best = rows.reduce((a, b) => (b.ratio > a.ratio ? b : a));
	if (!douyin) throw new Error('no 抖音 row');
	// The generator keeps ratios realistic: Douyin under 1, the best above the rule of thumb of 3.
	expect(douyin.ratio).toBeLessThan(1);
	expect(best.ratio).toBeGreaterThan(3);

	// Step 2: half of Douyin's spend buys customers at the best channel's CAC instead of Douyin's.
	const moved = douyin.spend / 2;
	const gain = Math.round((moved / best.cac) * best.ltv - (moved / douyin.cac) * douyin.ltv);

	// Step 3: answer the mission; a first try that forgets Douyin's lost customers is diagnosed.
	await tabs(page).getByRole('link', { name: '任务' }).click();
	const card = page
		.locator('article.mission')
		.filter({ has: page.getByRole('heading', { name: /一半的投放/ }) });
	await expect(card.getByText('C2')).toBeVisible();
	const halfGain = Math.round((moved / best.cac) * best.ltv);
	await card.getByLabel('Your answer').fill(String(halfGain));
	await card.getByRole('button', { name: 'Check' }).click();
	await expect(card.getByText('Not quite.')).toBeVisible();
	await expect(card.getByText(/还要减去抖音少赢的那部分/)).toBeVisible();
	await expect(card.getByText(String(gain), { exact: true })).toHaveCount(0);
	await card.getByLabel('Your answer').fill(String(gain));
	await card.getByRole('button', { name: 'Check' }).click();
	await expect(card.getByText('Right!')).toBeVisible();
	await expect(card.getByText('✓ solved')).toBeVisible();
});

test('giving up shows the answer, counts as a fail and closes the mission for this seed', async ({
	page
}) => {
	await openPage(page, '/simulator');
	await page.getByLabel('Seed').fill('12');
	await page.getByLabel('Customers (200–100,000)').fill('500');
	await page.getByRole('button', { name: 'Generate' }).click();
	await tabs(page).getByRole('link', { name: '任务' }).click();
	const card = page
		.locator('article.mission')
		.filter({ has: page.getByRole('heading', { name: /一共有多少位客户/ }) });
	await card.getByRole('button', { name: 'Give up and show the answer' }).click();
	await expect(card.getByText('500', { exact: true })).toBeVisible();
	await expect(card.getByText(/counts as a wrong answer/)).toBeVisible();
	await expect(card.getByRole('button', { name: 'Check' })).toBeDisabled();
	await expect(page.getByText('0 of 21 missions solved')).toBeVisible();
});

test('the calculators work without a dataset and read rates as 20%, 20 or 0.2', async ({ page }) => {
	await openPage(page, '/simulator/value');
	const gym = page.locator('section').filter({ has: page.getByRole('heading', { name: /gym membership/ }) });
	await expect(gym.getByText('15,000元').first()).toBeVisible();
	await expect(gym.getByText('13,500元').first()).toBeVisible();
	await expect(gym.getByText('10,500元').first()).toBeVisible();
	await expect(gym.getByText('5.0', { exact: false }).first()).toBeVisible();
	await expect(gym.getByText(/4\.5/).first()).toBeVisible();

	const tea = page.locator('section').filter({ has: page.getByRole('heading', { name: /tea-shop/ }) });
	const margin = tea.getByRole('textbox', { name: /净利率/ });
	for (const text of ['20%', '20 %', '0.2', '20']) {
		await margin.fill(text);
		await expect(tea.getByText('1,040元')).toBeVisible();
	}
	await margin.fill('150');
	await expect(tea.getByText('A rate can be at most 100 %. Write 20 %, 20 or 0.2.')).toBeVisible();

	const membership = page
		.locator('section')
		.filter({ has: page.getByRole('heading', { name: /paid membership/ }) });
	await expect(membership.getByText('5.5 倍')).toBeVisible();
});
