import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { answerCard, openPage, storedRows } from './support';

const ROWS = [
	'hanzi,english,pinyin,level,tags',
	'客户,client,ke4hu4,A2,crm',
	'流失,churn,,B2,',
	'hello,greeting,,,',
	'维护,maintain,wei2,B1,'
].join('\n');

test('a custom deck with a bad row is previewed row by row, saved, studied and exported to Anki', async ({
	page
}) => {
	// Import, study and export in one flow: more than the default 30 s on a busy machine.
	test.setTimeout(90_000);
	await openPage(page, '/decks/import');
	await page.getByLabel('Deck name').fill('Week 3');
	await page.getByLabel('Or paste the rows').fill(ROWS);
	await expect(page.getByText('2 words ready, 2 rows with problems.')).toBeVisible();
	await expect(page.getByText('2 words × 4 card types = 8 cards')).toBeVisible();
	const preview = page.getByRole('table', { name: /Every row of the import/ });
	await expect(preview.getByRole('row').filter({ hasText: '流失' })).toContainText('liú shī');
	await expect(preview.getByRole('row').filter({ hasText: '流失' })).toContainText('auto');
	await expect(preview.getByRole('row').filter({ hasText: 'hello' })).toContainText(
		'“hello” has no Chinese characters.'
	);
	await expect(preview.getByRole('row').filter({ hasText: '维护' })).toContainText(
		'different number of syllables from the hanzi (1/2)'
	);
	await expect(preview.getByRole('row').nth(3).getByRole('cell').first()).toHaveText('4');
	expect(await storedRows(page, 'customDecks')).toEqual([]);

	await page.getByRole('button', { name: 'Save 2 words' }).click();
	await expect(page).toHaveURL(/\/study$/);
	const deck = page
		.getByRole('region', { name: 'Your decks' })
		.getByRole('listitem')
		.filter({ hasText: 'Week 3' });
	await expect(deck).toContainText('8 cards');
	await expect(deck.locator('.new dd')).toHaveText('8');

	const anki = page.waitForEvent('download');
	await deck.getByRole('button', { name: 'Export Week 3 to Anki' }).click();
	const text = await readFile(await (await anki).path(), 'utf8');
	expect(text.split('\n').slice(0, 2)).toEqual(['#separator:tab', '#html:false']);
	expect(text).toContain('"客户"\t"kè hù — client"\t"kè hù"\t"client"\t"A2"\t"kehu crm');
	expect(text).toContain('"流失"\t"liú shī — churn');

	await deck.getByRole('link', { name: /Week 3/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Week 3');
	await expect(page.getByRole('region', { name: 'Card' })).toContainText(
		/客户|流失|client|churn|Type the pinyin|hear/
	);
	await answerCard(page, 3);
	await openPage(page, '/study');
	await expect(deck.locator('.new dd')).toHaveText('4');
});

test('a built-in deck exports to Anki', async ({ page }) => {
	await openPage(page, '/study');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: /^Export 客服 · .* to Anki$/ }).click();
	const text = await readFile(await (await download).path(), 'utf8');
	expect(text).toMatch(
		/^#separator:tab\n#html:false\n#deck:Kehu Chinese::客服 · [^\n]+\n#tags column:6\n#columns:Front\tBack/
	);
	expect(text).toContain('"客服"\t"kè fú — ');
});

test('a custom deck word without stroke data says so and asks the server for nothing', async ({ page }) => {
	const asked: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes('/hanzi/')) asked.push(new URL(r.url()).pathname);
	});
	await openPage(page, '/decks/import');
	await page.getByLabel('Deck name').fill('Friends');
	await page.getByLabel('Or paste the rows').fill('hanzi,english\n朋友,friend\n客户,client');
	await page.getByRole('button', { name: 'Save 2 words' }).click();
	await expect(page).toHaveURL(/\/study$/);
	await page.getByRole('link', { name: /Friends/ }).click();
	const card = page.getByRole('region', { name: 'Card' });
	const seen = new Set<string>();
	for (let i = 0; i < 8 && seen.size < 2; i++) {
		await page.getByRole('button', { name: /Show answer/ }).click();
		await expect(page.getByRole('button', { name: /Again/ })).toBeVisible();
		const answer = (await card.textContent()) ?? '';
		const word = answer.includes('朋友') ? '朋友' : answer.includes('客户') ? '客户' : '';
		if (word && !seen.has(word)) {
			seen.add(word);
			const note = card.getByText('No stroke data for one of these characters.');
			if (word === '朋友') {
				await expect(note).toBeVisible();
				await expect(card.getByRole('button', { name: 'Play stroke order' })).toHaveCount(0);
			} else {
				await expect(card.getByRole('button', { name: 'Play stroke order' })).toBeVisible();
				await expect(note).toHaveCount(0);
			}
		}
		await page.keyboard.press('3');
		await expect(page.getByRole('button', { name: /Again/ })).toBeHidden();
	}
	expect(seen).toEqual(new Set(['朋友', '客户']));
	expect(asked).toContain('/hanzi/5ba2.json');
	expect(asked).not.toContain('/hanzi/670b.json');
	expect(asked).not.toContain('/hanzi/53cb.json');
});
