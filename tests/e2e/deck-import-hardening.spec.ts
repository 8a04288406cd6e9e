import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { openPage } from './support';

/** Two distinct characters per row, so 100,000 rows hold no repeated word. */
function hugeDeck(rows: number): string {
	const lines: string[] = [];
	for (let i = 0; i < rows; i++)
		lines.push(`${String.fromCharCode(0x4e00 + (i % 300), 0x4e00 + 300 + Math.floor(i / 300))},a`);
	return lines.join('\n');
}

test('a 100,000-row deck file is read up to the row cap and the page stays usable', async ({ page }) => {
	await openPage(page, '/decks/import');
	await page.getByLabel('Open a file').setInputFiles({
		name: 'huge.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(hugeDeck(100_000))
	});
	await expect(page.getByText(/2,?000 words ready, 1 row with problems\./)).toBeVisible({ timeout: 15_000 });
	// Typing still answers at once: the rows were read off the page's thread and only to the cap.
	await page.getByLabel('Deck name').fill('Huge');
	await expect(page.getByRole('button', { name: /Save 2,?000 words/ })).toBeEnabled();
});

test('a tab inside a quoted field does not make a comma file read as tab-separated', async ({ page }) => {
	await openPage(page, '/decks/import');
	await page.getByLabel('Deck name').fill('Quoted');
	await page.getByLabel('Or paste the rows').fill('客户,"client\tcustomer",ke4hu4\n流失,churn,liu2shi1');
	await expect(page.getByText(/^2 words ready/)).toBeVisible();
	const preview = page.getByRole('table', { name: /Every row of the import/ });
	await expect(preview.getByRole('row').filter({ hasText: '客户' })).toContainText('client');
});

test('a meaning written as a spreadsheet formula is exported to Anki as inert text', async ({ page }) => {
	await openPage(page, '/decks/import');
	await page.getByLabel('Deck name').fill('Formula');
	await page
		.getByLabel('Or paste the rows')
		.fill('客户,"=HYPERLINK(""http://example.com"",""client"")",ke4hu4');
	await page.getByRole('button', { name: 'Save 1 word' }).click();
	const deck = page
		.getByRole('region', { name: 'Your decks' })
		.getByRole('listitem')
		.filter({ hasText: 'Formula' });
	const anki = page.waitForEvent('download');
	await deck.getByRole('button', { name: 'Export Formula to Anki' }).click();
	const text = await readFile(await (await anki).path(), 'utf8');
	expect(text).toContain(`"'=HYPERLINK(`);
	expect(text).not.toMatch(/(^|\t)"=HYPERLINK/m);
});

test('a quote that is never closed is reported on its line and the rows after it still import', async ({
	page
}) => {
	await openPage(page, '/decks/import');
	await page.getByLabel('Or paste the rows').fill('客户,"client,ke4hu4\n流失,churn,liu2shi1');
	await expect(page.getByText(/^1 word ready, 1 row with problems\./)).toBeVisible();
	const preview = page.getByRole('table', { name: /Every row of the import/ });
	await expect(preview.getByRole('row').filter({ hasText: '客户' })).toContainText(
		'The quotation mark (") opened on line 1 has no closing quotation mark'
	);
	await expect(preview.getByRole('row').filter({ hasText: '流失' })).toContainText('churn');
});
