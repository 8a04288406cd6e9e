import { expect, type Page } from '@playwright/test';

/** Opens a page and waits until it is hydrated, as a learner would before tapping anything. */
export async function openPage(page: Page, path: string): Promise<void> {
	await page.goto(path);
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
}

/** Reveals the card on screen (typing nothing) and grades it with a key press. */
export async function answerCard(page: Page, grade: 1 | 2 | 3 | 4 = 3): Promise<void> {
	const card = page.getByRole('region', { name: 'Card' });
	await expect(card).toBeVisible();
	await page.getByRole('button', { name: /Show answer/ }).click();
	await expect(page.getByRole('button', { name: /Again/ })).toBeEnabled();
	await page.keyboard.press(String(grade));
	// The grade buttons go once the answer is saved and the next card (or the summary) is up.
	await expect(page.getByRole('button', { name: /Again/ })).toBeHidden();
}

/** The number of answers the study page reports for today. */
export async function answersToday(page: Page): Promise<number> {
	await page.goto('/study');
	const text = await page.getByText(/answers? today/).textContent();
	return Number(/(\d+)/.exec(text ?? '')?.[1] ?? NaN);
}

/** Every row of every table, read straight from IndexedDB, to prove nothing changed. */
export async function dumpDatabase(page: Page): Promise<Record<string, unknown[]>> {
	return page.evaluate(
		() =>
			new Promise<Record<string, unknown[]>>((resolve, reject) => {
				const open = indexedDB.open('kehu-chinese');
				open.onerror = () => reject(new Error(String(open.error)));
				open.onsuccess = () => {
					const db = open.result;
					// The card pages, the record of card writes and the deck snapshots are copies of the cards,
					// rewritten whenever a reader finds them behind: what is stored is the cards themselves.
					const copies = new Set(['cardPages', 'cardWrites', 'deckSnapshots']);
					const names = Array.from(db.objectStoreNames).filter((name) => !copies.has(name));
					const tx = db.transaction(names, 'readonly');
					const out: Record<string, unknown[]> = {};
					for (const name of names) {
						const req = tx.objectStore(name).getAll();
						req.onsuccess = () => (out[name] = req.result as unknown[]);
					}
					tx.oncomplete = () => {
						db.close();
						resolve(out);
					};
				};
			})
	);
}

/** The rows of one table; none when nothing has created the database at all. */
export async function storedRows(page: Page, table: string): Promise<unknown[]> {
	const exists = await page.evaluate(async () =>
		(await indexedDB.databases()).some((d) => d.name === 'kehu-chinese')
	);
	return exists ? ((await dumpDatabase(page))[table] ?? []) : [];
}

/** Waits until a service worker controls the page, so later visits can be served offline. */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) =>
				navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
			);
		}
	});
}

/** Changes study settings on the settings page the way a learner would, and saves them. */
export async function changeStudySettings(
	page: Page,
	change: { newPerDay?: number; burySiblings?: boolean }
): Promise<void> {
	await openPage(page, '/settings');
	if (change.newPerDay !== undefined)
		await page.getByLabel('New cards per day, across all decks').fill(String(change.newPerDay));
	if (change.burySiblings !== undefined)
		await page.getByLabel(/keep the word’s other cards until tomorrow/).setChecked(change.burySiblings);
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByText('Saved. Every card was rescheduled')).toBeVisible();
}
