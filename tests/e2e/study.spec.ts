import { expect, test } from '@playwright/test';
import { answerCard, changeStudySettings, openPage, answersToday, dumpDatabase } from './support';

test('a new learner studies all five card types with the keyboard', async ({ page }) => {
	test.setTimeout(90_000);
	// A word's cards come one after another only with sibling burying off.
	await changeStudySettings(page, { burySiblings: false });
	await openPage(page, '/study');
	await page.getByRole('link', { name: /客户关系 · customer relationship/ }).click();
	const card = page.getByRole('region', { name: 'Card' });
	const seen = new Set<string>();
	for (let i = 0; i < 20 && seen.size < 5; i++) {
		await expect(card).toBeVisible();
		const prompt = (await card.locator('.prompt').textContent()) ?? '';
		seen.add(prompt);
		if (/Type the pinyin/.test(prompt) && (await card.getByText('客户关系', { exact: true }).count()) > 0) {
			await expect(card.getByRole('textbox')).toBeFocused();
			await page.keyboard.type('ke4hu4guan1xi2');
			await expect(card.getByText('kèhùguānxí')).toBeVisible();
			await page.keyboard.press('Enter');
			await expect(card.getByText('系: you wrote tone 2, it is tone 4.')).toBeVisible();
			await expect(page.getByRole('button', { name: /Again/ })).toHaveClass(/suggested/);
			await page.keyboard.press('Space');
			// The next card is on screen before its prompt is read.
			await expect(page.getByRole('button', { name: /Again/ })).toBeHidden();
		} else if (/What did you hear/.test(prompt)) {
			await expect(card.getByText('This device has no Chinese voice')).toBeVisible();
			await expect(card.getByText('kèhù guānxì')).toBeVisible();
			await answerCard(page, 3);
		} else if (/Fill the gap/.test(prompt)) {
			await expect(card.getByText('＿＿')).toBeVisible();
			await expect(card.getByRole('textbox')).toBeFocused();
			await page.keyboard.type('客户关系');
			await page.keyboard.press('Enter');
			await expect(card.getByText('Correct')).toBeVisible();
			await page.keyboard.press('Space');
			await expect(page.getByRole('button', { name: /Again/ })).toBeHidden();
		} else {
			await answerCard(page, 3);
		}
	}
	expect([...seen].sort()).toEqual(
		[
			'Fill the gap',
			'Say or write it in Chinese',
			'Type the pinyin, with tones',
			'What did you hear?',
			'What does this mean?'
		].sort()
	);
});

test('grading shows the next interval on each button, and undo takes an answer back', async ({ page }) => {
	await openPage(page, '/study/kefu');
	await page.getByRole('button', { name: /Show answer/ }).click();
	const labels = await page.getByRole('group').getByRole('button').allTextContents();
	expect(labels.map((l) => l.replace(/\s+/g, ' ').trim())).toEqual([
		expect.stringMatching(/^1m Again/),
		expect.stringMatching(/^6m Hard/),
		expect.stringMatching(/^10m Good/),
		expect.stringMatching(/^\d+d Easy/)
	]);
	await page.keyboard.press('1');
	await expect(page.getByText('New 19')).toBeVisible();
	await page.keyboard.press('u');
	await expect(page.getByText('New 20')).toBeVisible();
	await page.reload();
	expect(await answersToday(page)).toBe(0);
});

test('reloading mid-session loses nothing', async ({ page }) => {
	await openPage(page, '/study/kefu');
	for (let i = 0; i < 3; i++) await answerCard(page, 3);
	await page.reload();
	await expect(page.getByText('New 17')).toBeVisible();
	expect(await answersToday(page)).toBe(3);
});

test('two tabs show the same progress after answers in either', async ({ context }) => {
	const a = await context.newPage();
	const b = await context.newPage();
	await a.goto('/study');
	await expect(a.getByText('0 answers today')).toBeVisible();
	await b.goto('/study/kehu-fuwu');
	await answerCard(b, 3);
	await answerCard(b, 4);
	await expect(a.getByText('2 answers today')).toBeVisible();
	await a.goto('/study/kehu-fuwu');
	await answerCard(a, 3);
	await b.goto('/study');
	await expect(b.getByText('3 answers today')).toBeVisible();
});

test('restoring a corrupt backup changes nothing and says why', async ({ page }) => {
	await openPage(page, '/study/kefu');
	await answerCard(page, 3);
	await answerCard(page, 1);
	await openPage(page, '/settings');
	const before = await dumpDatabase(page);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export progress' }).click();
	const file = await (await download).path();
	const { readFileSync } = await import('node:fs');
	const text = readFileSync(file, 'utf8');
	for (const [name, body, message] of [
		['truncated.json', text.slice(0, text.length / 2), /cut short/],
		['foreign.json', JSON.stringify({ notes: [] }), /not a Kehu Chinese backup/],
		['future.json', text.replace('"version":2', '"version":9'), /newer version/],
		['damaged.json', text.replace('"grade":[3', '"grade":["<img src=x onerror=alert(1)>"'), /damaged/]
	] as const) {
		await page
			.getByLabel('Restore from a file')
			.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
		await expect(page.getByRole('alert')).toContainText(message);
		expect(await dumpDatabase(page)).toEqual(before);
	}
	await page
		.getByLabel('Restore from a file')
		.setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(text) });
	await page.getByRole('button', { name: 'Replace with the backup' }).click();
	await expect(page.getByText(/Restored 2 reviews/)).toBeVisible();
	await expect(page.getByText(/All \d+ cards match a replay of your 2 reviews/)).toBeVisible();
	// Undo snapshots and the copy kept before a restore are not part of a backup; everything else comes back exactly.
	const withoutSnapshots = (dump: Record<string, unknown[]>) => ({
		...dump,
		snapshots: [],
		reviews: dump.reviews?.map((r) => ({ ...(r as object), cardBefore: undefined }))
	});
	expect(withoutSnapshots(await dumpDatabase(page))).toEqual(withoutSnapshots(before));
});

test('coming back the next day shows the right cards due', async ({ page }) => {
	await page.clock.install({ time: new Date('2026-11-02T10:00:00') });
	await openPage(page, '/study/kehu-fuwu');
	await answerCard(page, 4);
	await answerCard(page, 3);
	await answerCard(page, 3);
	await openPage(page, '/study');
	const deck = page.getByRole('listitem').filter({ hasText: '客户服务 · customer service' });
	await expect(deck.locator('.new dd')).toHaveText('17');
	await expect(deck.locator('.learning dd')).toHaveText('2');
	await expect(deck.getByText(/Next learning card at/)).toBeVisible();
	await page.clock.setSystemTime(new Date('2026-11-03T09:00:00'));
	await page.reload();
	await expect(deck.locator('.learning dd')).toHaveText('2');
	await expect(page.getByText('0 answers today')).toBeVisible();
});
