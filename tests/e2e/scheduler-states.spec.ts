import { expect, test, type Page } from '@playwright/test';
import { answerCard, answersToday, dumpDatabase, openPage } from './support';

/** Writes one field of one stored card straight into IndexedDB, as a damaged profile would hold it. */
async function damageCard(page: Page, field: string, value: number): Promise<string> {
	return page.evaluate(
		({ field, value }) =>
			new Promise<string>((resolve, reject) => {
				const open = indexedDB.open('kehu-chinese');
				open.onerror = () => reject(new Error(String(open.error)));
				open.onsuccess = () => {
					const db = open.result;
					const cards = db.transaction('cards', 'readwrite').objectStore('cards');
					const all = cards.getAll();
					all.onsuccess = () => {
						const card = (all.result as { id: string; reps: number }[]).find((c) => c.reps > 0);
						if (!card) return reject(new Error('no answered card'));
						cards.put({ ...card, [field]: value }).onsuccess = () => {
							db.close();
							resolve(card.id);
						};
					};
				};
			}),
		{ field, value }
	);
}

async function exportBackup(page: Page): Promise<string> {
	await openPage(page, '/settings');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export progress' }).click();
	const { readFileSync } = await import('node:fs');
	return readFileSync(await (await download).path(), 'utf8');
}

test('a backup whose card states the scheduler would reject is refused, naming the field, and nothing changes', async ({
	page
}) => {
	test.setTimeout(60_000);
	await openPage(page, '/study/kefu');
	await answerCard(page, 3);
	const backup = JSON.parse(await exportBackup(page)) as { cards: Record<string, unknown>[] };
	const before = await dumpDatabase(page);

	for (const [field, value] of [
		['stability', -5],
		['difficulty', -1e308],
		['last_review', 1e308]
	] as const) {
		const bad = { ...backup, cards: [{ ...backup.cards[0], [field]: value }, ...backup.cards.slice(1)] };
		await openPage(page, '/settings');
		await page.getByLabel('Restore from a file').setInputFiles({
			name: `${field}.json`,
			mimeType: 'application/json',
			buffer: Buffer.from(JSON.stringify(bad))
		});
		await expect(page.getByText(`This backup is damaged at cards.0.${field}`)).toBeVisible();
	}
	expect(await dumpDatabase(page)).toEqual(before);
	expect(await answersToday(page)).toBe(1);
});

test('a stored card with an impossible stability is found by the integrity check, rebuilt, and studied again', async ({
	page
}) => {
	test.setTimeout(60_000);
	await openPage(page, '/study/kefu');
	await answerCard(page, 3);
	const id = await damageCard(page, 'stability', -5);

	await openPage(page, '/settings');
	await page.getByRole('button', { name: 'Check integrity' }).click();
	await expect(page.getByText('1 card does not match your review history.')).toBeVisible();
	await page.getByRole('button', { name: 'Rebuild them from the history' }).click();
	await expect(page.getByText(/The 1 card matches|All \d+ cards match/)).toBeVisible();

	const cards = (await dumpDatabase(page)).cards as { id: string; stability: number }[];
	expect(cards.find((c) => c.id === id)?.stability).toBeGreaterThan(0);
	// The repaired deck studies on: the next card shows its answer without an error.
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await openPage(page, '/study/kefu');
	await answerCard(page, 3);
	expect(errors).toEqual([]);
});
