import { expect, test, type Page } from '@playwright/test';
import { openPage } from './support';

/** The answers a learner would give, right and wrong, for the items these tests meet. */
interface Answers {
	/** what to choose among options, the first one offered */
	pick: string[];
	/** the word to tap in a sentence */
	tap?: string;
	/** what to type, in characters or pinyin */
	hanzi: string;
	pinyin?: string;
}

// 一张优惠券: 张 is right; 本 is one of the content's known-wrong measure words.
const COUPON_RIGHT: Answers = { pick: ['张'], hanzi: '张', pinyin: 'zhang1' };
const COUPON_WRONG: Answers = { pick: ['本'], hanzi: '本', pinyin: 'ben3' };
// In a restaurant you call the 服务员, not the 客服.
const WAITER_RIGHT: Answers = {
	pick: ['服务员', '服务员，我们想点菜！'],
	tap: '客服',
	hanzi: '服务员，我们想点菜！'
};

const question = (page: Page) => page.getByRole('region', { name: /Question \d+ of \d+/ });

/** Answers the question on screen with the keyboard alone, and returns whether it was marked right. */
async function answerWithKeys(page: Page, answers: Answers): Promise<boolean> {
	const region = question(page);
	await expect(region).toBeVisible();
	const prompt = (await region.getByRole('heading', { level: 2 }).textContent()) ?? '';
	if (/Tap the wrong word/.test(prompt)) {
		const tokens = (await region.locator('button[aria-pressed]').allTextContents()).map((t) => t.trim());
		const target = tokens.indexOf(answers.tap ?? '');
		expect(target, `no token to tap among ${tokens.join('|')}`).toBeGreaterThanOrEqual(0);
		for (let i = 0; i <= target; i++) await page.keyboard.press('ArrowRight');
		await page.keyboard.press('Enter');
	} else if (await region.getByRole('textbox').count()) {
		await expect(region.getByRole('textbox')).toBeFocused();
		await page.keyboard.type(/pinyin/i.test(prompt) ? (answers.pinyin ?? '') : answers.hanzi);
		await page.keyboard.press('Enter');
	} else {
		const options = (await region.getByRole('radio').allTextContents()).map((t) =>
			t.replace(/^\d/, '').trim()
		);
		const choice = options.indexOf(answers.pick.find((p) => options.includes(p)) ?? '');
		expect(choice, `no option to choose among ${options.join('|')}`).toBeGreaterThanOrEqual(0);
		await page.keyboard.press(String(choice + 1));
		await page.keyboard.press('Enter');
	}
	const verdict = region.getByText(/^(Correct!|Not quite)$/);
	await expect(verdict).toBeVisible();
	// Every answer is explained with the Chinese.
	await expect(region.locator('.feedback .zh')).toContainText(/\p{Script=Han}/u);
	const correct = (await verdict.textContent()) === 'Correct!';
	await expect(page.getByRole('button', { name: /Continue/ })).toBeFocused();
	await page.keyboard.press('Enter');
	return correct;
}

test('drill and quiz by keyboard, a mistake lands in the notebook, and retrying clears it', async ({
	page
}) => {
	// Six pages and six answers: more than the default budget when the machine is busy.
	test.setTimeout(60_000);
	await openPage(page, '/practice/drills/youhuiquan');
	expect(await answerWithKeys(page, COUPON_WRONG)).toBe(false);
	await expect(page.getByRole('heading', { name: 'Run complete' })).toBeVisible();
	await expect(page.getByText('0 of 1 right')).toBeVisible();

	await openPage(page, '/practice/quiz/fuwuyuan');
	for (let i = 0; i < 2; i++) expect(await answerWithKeys(page, WAITER_RIGHT)).toBe(true);
	await expect(page.getByText('2 of 2 right')).toBeVisible();

	await openPage(page, '/notebook');
	await expect(page.getByText('Active: 1 · Cleared: 0 · Mistakes recorded: 1')).toBeVisible();
	const entry = page.locator('[data-item="youhuiquan.colloc.zhang"]');
	await expect(entry).toContainText('Collocation');
	await expect(entry).toContainText('一张优惠券');
	// What was given: 一本优惠券 when chosen or typed in characters, běn when typed in pinyin.
	await expect(entry).toContainText(/一本优惠券|běn/);
	await expect(entry).toContainText('0 of 3 right in a row');

	await openPage(page, '/practice/quiz/notebook');
	for (let i = 0; i < 3; i++) expect(await answerWithKeys(page, COUPON_RIGHT)).toBe(true);
	await expect(page.getByText('3 of 3 right')).toBeVisible();

	await openPage(page, '/notebook');
	await expect(page.getByText('Active: 0 · Cleared: 1 · Mistakes recorded: 1')).toBeVisible();
	await expect(entry).toContainText('Cleared');
	await openPage(page, '/practice');
	await expect(page.getByText('Your notebook is empty')).toBeVisible();
});

/** Answers whatever question is on screen with the keyboard, right or wrong, and moves on. */
async function answerAnyhow(page: Page): Promise<void> {
	const region = question(page);
	const box = region.getByRole('textbox');
	if (await box.count()) await box.fill('x');
	const check = page.getByRole('button', { name: /^Check/ }).last();
	// Number keys pick options, tiles or match words, and arrows a word to tap, until the answer is complete.
	for (let i = 0; i < 12 && !(await check.isEnabled()); i++) {
		await page.keyboard.press(String((i % 4) + 1));
		if (!(await check.isEnabled())) await page.keyboard.press('ArrowRight');
	}
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: /Continue/ })).toBeFocused();
	await page.keyboard.press('Enter');
}

// What learners wrongly put before 客户关系, according to the content.
const NOT_WITH_RELATIONSHIP = [
	'做',
	'成立',
	'建设',
	'提高',
	'重要',
	'严重',
	'改正',
	'修理',
	'加固',
	'坚固',
	'损坏',
	'破损',
	'打破',
	'弄坏'
];

test('a collocation is drilled by the odd word out, by keyboard', async ({ page }) => {
	// Up to eight questions answered on the way: more than the default budget when the machine is busy.
	test.setTimeout(60_000);
	await openPage(page, '/practice/drills/kehu-guanxi');
	const region = question(page);
	const prompt = region.getByRole('heading', { level: 2 });
	// The run spreads its types, so the odd one out comes within the first collocations.
	for (let i = 0; i < 8; i++) {
		await expect(region).toBeVisible();
		if ((await prompt.textContent()) === 'Which word does not fit the gap?') break;
		await answerAnyhow(page);
	}
	await expect(prompt).toHaveText('Which word does not fit the gap?');
	await expect(region.locator('.gap')).toContainText('客户关系');
	const options = (await region.getByRole('radio').allTextContents()).map((t) => t.replace(/^\d/, '').trim());
	expect(options).toHaveLength(4);
	const odd = options.filter((o) => NOT_WITH_RELATIONSHIP.includes(o));
	expect(odd, options.join('|')).toHaveLength(1);
	await page.keyboard.press(String(options.indexOf(odd[0] ?? '') + 1));
	await expect(region.getByRole('radio', { checked: true })).toContainText(odd[0] ?? '');
	await page.keyboard.press('Enter');
	await expect(region.getByText('Correct!')).toBeVisible();
	// The explanation shows the three words that do fit, each in the collocation.
	await expect(region.locator('.feedback .zh')).toHaveText(
		/^(\p{Script=Han}+客户关系，){2}\p{Script=Han}+客户关系$/u
	);
	await expect(page.getByRole('button', { name: /Continue/ })).toBeFocused();
});

test('the practice hub is reachable from the home page and the navigation', async ({ page }) => {
	await openPage(page, '/');
	await page.getByRole('link', { name: 'Collocation drills' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mixed drills');
	await expect(question(page)).toBeVisible();
	await page.getByRole('navigation').getByRole('link', { name: 'Practice' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Practice');
});

test('a noun is drilled on its measure word', async ({ page }) => {
	await openPage(page, '/practice/drills/koubei');
	const region = question(page);
	await expect(region.getByRole('heading', { level: 2 })).toHaveText(
		'Which measure word goes with the noun?'
	);
	await expect(region).toContainText('口碑');
	expect(await answerWithKeys(page, { pick: ['个'], hanzi: '个' })).toBe(true);
	await expect(page.getByText('1 of 1 right')).toBeVisible();
});
