import { expect, test, type Locator, type Page } from '@playwright/test';
import { openPage } from './support';

async function openDesk(page: Page): Promise<void> {
	await openPage(page, '/simulator');
	await page.getByLabel('Seed').fill('11');
	await page.getByLabel('Customers (200–100,000)').fill('600');
	await page.getByRole('button', { name: 'Generate' }).click();
	await expect(page.getByText('At a glance')).toBeVisible();
	await page
		.getByRole('navigation', { name: 'Simulator screens' })
		.getByRole('link', { name: '客服工作台' })
		.click();
	await expect(page.getByRole('heading', { name: 'Inbox' })).toBeVisible();
}

async function openComplaint(page: Page, level: string): Promise<void> {
	await page.getByLabel('Your level').selectOption(level);
	await page.getByRole('button').filter({ hasText: '我要投诉' }).first().click();
}

/** Picks, in one turn, the first option whose text matches. */
async function pick(turn: Locator, text: RegExp): Promise<void> {
	await turn.getByRole('radio', { name: text }).first().check();
}

test('a complaint answered at A2 with the wrong phrase for the apology, then at C1 with no closing', async ({
	page
}) => {
	test.slow();
	await openDesk(page);
	await expect(page.getByRole('status').filter({ hasText: /answered of/ })).toContainText(
		'0 tickets answered'
	);

	await openComplaint(page, 'A2');
	const turns = page.getByRole('group');
	await expect(turns).toHaveCount(4);
	await pick(turns.nth(0), /您好|尊敬的/);
	// Anything but an apology in the apology turn.
	await pick(turns.nth(1), /^(?!.*(抱歉|对不起|不好意思|歉意)).*$/);
	await pick(turns.nth(2), /为您|马上|送您|承担/);
	await pick(turns.nth(3), /祝您|还有其他|此致|顺颂|随时/);
	await page.getByRole('button', { name: 'Send the reply' }).click();
	const feedback = page.getByRole('region', { name: /Rules passed/ });
	await expect(feedback).toContainText('Missing move: apology. For example:');
	await expect(feedback).toContainText('非常抱歉让您久等了。');
	await page.getByRole('button', { name: 'Back to the inbox' }).first().click();
	await expect(page.getByRole('status').filter({ hasText: /answered of/ })).toContainText(
		'1 ticket answered'
	);

	await openComplaint(page, 'C1');
	const order = (await page.locator('dd').first().textContent()) ?? '';
	await page
		.getByLabel('Write your reply in Chinese')
		.fill(`您好！订单${order}的商品和图片不一样，非常抱歉。我们马上为您安排换货，两天内寄出。`);
	await page.getByRole('button', { name: 'Send the reply' }).click();
	await expect(page.getByRole('region', { name: /Rules passed/ })).toContainText('Missing move: closing.');

	await page.getByRole('link', { name: 'Your misses are in the mistake notebook.' }).click();
	const desk = page.getByRole('region', { name: 'Service desk' });
	await expect(desk).toContainText('Reply move');
	await expect(desk).toContainText('非常抱歉让您久等了。');
	await expect(desk).toContainText('祝您生活愉快，再见！');
});

/** Moves the focus with the keyboard alone until it is on the target. */
async function keyTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
	for (let i = 0; i < 120; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press(key);
	}
	throw new Error(`the keyboard never reached ${target.toString()}`);
}

/** The words that fit each gap without breaking a register or collocation rule (content/desk.yaml). */
const RIGHT_WORDS = [
	'您好',
	'尊敬的客户',
	'您',
	'给您退款',
	'退款',
	'跟进',
	'跟仓库沟通',
	'开一张发票',
	'客服',
	'很满意',
	'回访'
];
/** How to tell each move's sentence, in the order a reply goes. */
const MOVE_SENTENCES = [/很高兴为您服务|有什么可以帮您|：您好/, /久等|深表歉意/, /马上/, /联系|生活愉快/];

test('an answered ticket is still answered after a reload, and the ticket screen shows its satisfaction', async ({
	page
}) => {
	test.slow();
	await openDesk(page);
	await openComplaint(page, 'C1');
	const order = (await page.locator('dd').first().textContent()) ?? '';
	await page
		.getByLabel('Write your reply in Chinese')
		.fill(`您好！订单${order}的问题非常抱歉。我们马上为您安排换货，两天内寄出。祝您生活愉快，再见！`);
	await page.getByRole('button', { name: 'Send the reply' }).click();
	await expect(page.getByRole('region', { name: /satisfied/ })).toBeVisible();
	await page.getByRole('button', { name: 'Back to the inbox' }).first().click();
	await expect(page.getByRole('status').filter({ hasText: /answered of/ })).toContainText(
		'1 ticket answered'
	);

	await page.reload();
	await expect(page.getByRole('heading', { name: 'Inbox' })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: /answered of/ })).toContainText(
		'1 ticket answered'
	);
	await expect(page.getByRole('button').filter({ hasText: '我要投诉' }).first()).toContainText(
		'Answered ★★★★★'
	);
	await expect(page.getByLabel('Your level')).toHaveValue('C1');

	await page
		.getByRole('navigation', { name: 'Simulator screens' })
		.getByRole('link', { name: '工单' })
		.click();
	const replies = page.getByRole('region', { name: 'Replies from the service desk' });
	await expect(replies).toContainText(/1 ticket answered: their satisfaction went from [1-4]\.00 to 5\.00/);
	const complaints = page.getByRole('row').filter({ has: page.getByRole('cell', { name: /^投诉/ }) });
	await expect(page.getByRole('columnheader', { name: 'After the replies' })).toBeVisible();
	await expect(complaints.getByRole('cell').last()).toContainText('(+');
});

test('a B1 complaint answered with the keyboard alone: order the sentences, fill the gaps, send', async ({
	page
}) => {
	test.slow();
	await openDesk(page);
	const level = page.getByLabel('Your level');
	await keyTo(page, level);
	await page.keyboard.type('B1');
	await expect(level).toHaveValue('B1');
	await expect(page.getByText('B1–B2: put the template sentences in order')).toBeVisible();
	await keyTo(page, page.getByRole('button').filter({ hasText: '我要投诉' }).first());
	await page.keyboard.press('Enter');

	const pool = page.getByRole('region', { name: 'Sentences to place' });
	await expect(pool.getByRole('button')).toHaveCount(4);
	for (const [n, sentence] of MOVE_SENTENCES.entries()) {
		// The first sentence is reached from the top of the page, the others back up from the gap just filled.
		await keyTo(page, pool.getByRole('button', { name: sentence }), n === 0 ? 'Tab' : 'Shift+Tab');
		await page.keyboard.press('Enter');
		const gap = page.getByRole('group', { name: `Sentence ${n + 1}: fill the gap` });
		const words = await gap
			.getByRole('radio')
			.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
		const right = words.findIndex((w) => RIGHT_WORDS.includes(w));
		// The focus is on the gap's first word; the arrow keys move along the words and choose.
		await expect(gap.getByRole('radio').first()).toBeFocused();
		if (right === 0) await page.keyboard.press('Space');
		for (let k = 0; k < right; k++) await page.keyboard.press('ArrowDown');
		await expect(gap.getByRole('radio').nth(right)).toBeChecked();
	}
	await keyTo(page, page.getByRole('button', { name: 'Send the reply' }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('region', { name: /satisfied/ })).toContainText('every rule passed');
	// The shop ends on the day it is generated, so which apology the ticket offers depends on the date.
	await expect(page.getByRole('region', { name: /satisfied/ })).toContainText(
		/非常抱歉让您久等了|给您带来不便，我们深表歉意/
	);
});
