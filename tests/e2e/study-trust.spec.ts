import { expect, test, type Page } from '@playwright/test';
import { answerCard, answersToday, changeStudySettings, dumpDatabase, openPage, storedRows } from './support';

const card = (page: Page) => page.getByRole('region', { name: 'Card' });

/** Answers cards by keyboard until one answered by typing is on screen; returns its prompt. */
async function untilTyped(page: Page): Promise<string> {
	for (let i = 0; i < 30; i++) {
		if ((await card(page).getByRole('textbox').count()) > 0)
			return (await card(page).locator('.prompt').textContent()) ?? '';
		await page.keyboard.press('Space');
		await page.keyboard.press('3');
		await expect(page.getByRole('button', { name: /Again/ })).toBeHidden();
		// The next card is on screen before its type is read, so no key lands in the card before it.
		await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
	}
	throw new Error('no typed card came up');
}

test('every shortcut works on typed cards with the focus where it really is', async ({ page }) => {
	test.setTimeout(180_000);
	await changeStudySettings(page, { burySiblings: false });
	await openPage(page, '/study/kehu-guanxi');
	const seen = new Set<string>();
	for (let round = 0; round < 30 && seen.size < 3; round++) {
		seen.add(await untilTyped(page));
		const question = (await card(page).textContent()) ?? '';
		const box = card(page).getByRole('textbox');
		await expect(box).toBeFocused();
		await expect(page.getByRole('button', { name: /Show answer/ })).toContainText('Enter');
		await expect(page.getByRole('button', { name: /Undo/ })).toContainText('Ctrl+Z');
		// U and Space are letters for the box while it has the focus.
		await page.keyboard.type('u u');
		await expect(box).toHaveValue('u u');
		await page.keyboard.press('Enter');
		await expect(page.getByRole('button', { name: /Again/ })).toBeVisible();
		await expect(page.getByRole('button', { name: /Undo/ })).toContainText('U');
		await page.keyboard.press('3');
		await expect(page.getByRole('button', { name: /Again/ })).toBeHidden();
		await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
		// Undo from the next card: Ctrl+Z if its empty box has the focus, U otherwise.
		const typedNext = await card(page).getByRole('textbox').count();
		await page.keyboard.press(typedNext ? 'Control+z' : 'u');
		// The undone card is back (the next card's empty box would pass the checks below too).
		await expect(card(page)).toHaveText(question);
		await expect(box).toBeFocused();
		await expect(box).toHaveValue('');
		await expect(page.getByRole('button', { name: /Show answer/ })).toContainText('Enter');
		await page.keyboard.press('Enter');
		await expect(page.getByRole('button', { name: /Again/ })).toBeVisible();
		await page.keyboard.press('3');
		await expect(page.getByRole('button', { name: /Again/ })).toBeHidden();
		await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
	}
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/\/study$/);
	expect([...seen].sort()).toEqual([
		'Fill the gap',
		'Say or write it in Chinese',
		'Type the pinyin, with tones'
	]);
});

test('Space on a grade button reached with Tab records that button’s grade, in Chinese', async ({ page }) => {
	await page.addInitScript(() => localStorage.setItem('preferences', JSON.stringify({ locale: 'zh' })));
	await openPage(page, '/study/kehu-guanxi');
	await page.keyboard.press('Space');
	const again = page.getByRole('button', { name: /重来/ });
	await expect(again).toBeEnabled();
	await expect(again).toContainText('1分钟');
	for (let i = 0; i < 30 && !(await again.evaluate((button) => button === document.activeElement)); i++)
		await page.keyboard.press('Tab');
	await expect(again).toBeFocused();
	await page.keyboard.press('Space');
	await expect(again).toBeHidden();
	await expect
		.poll(async () => (await storedRows(page, 'reviews')).map((r) => (r as { grade: number }).grade))
		.toEqual([1]);
});

test('undo across two tabs takes back only its own answer', async ({ context }) => {
	const a = await context.newPage();
	const b = await context.newPage();
	await openPage(a, '/study/kefu');
	await answerCard(a, 3);
	await openPage(b, '/study/kehu-fuwu');
	await answerCard(b, 3);
	const [mine, theirs] = ((await dumpDatabase(a)).reviews ?? []) as { cardId: string }[];
	// The other tab answered last; undo here still takes back this tab's answer only.
	await a.keyboard.press('u');
	await expect(a.getByRole('button', { name: /Undo/ })).toBeDisabled();
	const left = ((await dumpDatabase(a)).reviews ?? []) as { cardId: string }[];
	expect(left.map((r) => r.cardId)).toEqual([theirs?.cardId]);
	expect(mine?.cardId).not.toBe(theirs?.cardId);
});

test('suspend and bury can be undone, on screen and in storage', async ({ page }) => {
	await openPage(page, '/study/kefu');
	const first = (await card(page).textContent()) ?? '';
	await page.getByRole('button', { name: 'Suspend' }).click();
	await expect(card(page)).not.toHaveText(first);
	await page.getByRole('button', { name: /Undo/ }).click();
	await expect(card(page)).toHaveText(first);
	await page.getByRole('button', { name: /Bury until tomorrow/ }).click();
	await expect(card(page)).not.toHaveText(first);
	await page.keyboard.press('u');
	await expect(card(page)).toHaveText(first);
	const cards = (await dumpDatabase(page)).cards as { suspended: number; buriedUntil: number }[];
	expect(cards.filter((c) => c.suspended || c.buriedUntil)).toEqual([]);
});

test('a daily limit says what it holds back and offers to study more', async ({ page }) => {
	await changeStudySettings(page, { newPerDay: 2 });
	await openPage(page, '/study/kefu');
	await answerCard(page, 4);
	await answerCard(page, 4);
	await expect(
		page.getByText(/Today’s limit of 2 new cards across all decks is reached\. \d+ more new cards wait/)
	).toBeVisible();
	await page.getByRole('button', { name: 'Study 10 more new cards' }).click();
	await expect(card(page)).toBeVisible();
	await openPage(page, '/study');
	const deck = page.getByRole('listitem').filter({ hasText: '客服 · customer service agent' });
	await expect(
		deck.getByText(/new cards wait for tomorrow: the daily limit across all decks is reached/)
	).toBeVisible();
});

test('a deck keeps its own daily limit under the one across all decks, and says which one stopped it', async ({
	page
}) => {
	await changeStudySettings(page, { newPerDay: 20, burySiblings: false });
	await openPage(page, '/study/kefu');
	await page.getByText('Daily limits for this deck').click();
	await expect(page.getByText(/limit across all decks \(20 new cards and 200 reviews a day/)).toBeVisible();
	await page.getByLabel('New cards a day').fill('1');
	await page.getByLabel('New cards a day').press('Enter');
	await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
	await expect(page.getByText(/New 1\b/)).toBeVisible();
	await answerCard(page, 4);
	await expect(
		page.getByText(/This deck’s limit of 1 new card a day is reached\. \d+ more new cards wait in this deck/)
	).toBeVisible();
	// Another deck is held only by the limit across all decks, so it still offers its new cards.
	await openPage(page, '/study');
	// Found by its link, so the same deck is found in either interface language.
	const kefu = page.getByRole('listitem').filter({ has: page.locator('a[href$="/study/kefu"]') });
	await expect(
		kefu.getByText(/new cards wait for tomorrow: this deck’s daily limit is reached/)
	).toBeVisible();
	const other = page.getByRole('listitem').filter({ hasText: 'CEFR A1' });
	await expect(other.getByText(/this deck’s daily limit/)).toHaveCount(0);
	await expect(other.locator('.new dd')).toHaveText('19');
	// In 中文 the same deck says the same thing.
	await page.getByRole('button', { name: 'Switch the interface to Chinese' }).click();
	await expect(kefu.getByText(/张新卡留到明天：这个卡组的每日上限已到/)).toBeVisible();
});

test('keys typed in the deck’s limit boxes stay there: no grade, no undo, no leaving', async ({ page }) => {
	await openPage(page, '/study/kefu');
	await page.getByRole('button', { name: /Show answer/ }).click();
	await expect(page.getByRole('button', { name: /Again/ })).toBeVisible();
	await page.getByText('Daily limits for this deck').click();
	const box = page.getByLabel('New cards a day');
	await box.click();
	// The buttons keep advertising the page's keys, since the box is not the card's answer box.
	await expect(page.getByRole('button', { name: /Undo/ })).not.toContainText('Ctrl+Z');
	await page.keyboard.type('3');
	await expect(box).toHaveValue('3');
	// Ctrl+Z takes back the typing in the box, as in any field, and no answer.
	await page.keyboard.press('Control+z');
	await page.keyboard.press('Control+z');
	await page.keyboard.press('Escape');
	await expect(page.getByRole('button', { name: /Again/ })).toBeVisible();
	await expect(page).toHaveURL(/\/study\/kefu$/);
	expect(await answersToday(page)).toBe(0);
});

test('answering a card buries the word’s other cards until tomorrow', async ({ page }) => {
	await openPage(page, '/study/kefu');
	const word = (await card(page).textContent()) ?? '';
	await answerCard(page, 3);
	const cards = (await dumpDatabase(page)).cards as { id: string; itemId: string; buriedUntil: number }[];
	const answered = cards.find((c) => c.buriedUntil === 0);
	const buried = cards.filter((c) => c.itemId === answered?.itemId && c.buriedUntil > Date.now());
	expect(buried.length).toBeGreaterThan(0);
	await page.keyboard.press('u');
	await expect(card(page)).toHaveText(word);
	const after = (await dumpDatabase(page)).cards as { buriedUntil: number }[];
	expect(after.filter((c) => c.buriedUntil > 0)).toEqual([]);
});

test('dictionary forms of pinyin are right answers, in a card and in word search', async ({ page }) => {
	await openPage(page, '/words');
	await page.getByRole('searchbox').fill('yi1ban1bao3chi2');
	await expect(page.getByRole('link', { name: /一般保持客户/ }).first()).toBeVisible();
	await page.getByRole('searchbox').fill('kèhù guānxi');
	await expect(page.getByRole('link', { name: /^客户关系/ }).first()).toBeVisible();
});
