import { deflateSync, strToU8 } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import { documentFileText, encodeDocument, toBase64Url } from '../../src/lib/domain/sharing/codec';
import { anAssignment, aReport } from '../factories/sharing';
import { openPage, storedRows } from './support';

/** A share code for any JSON value, valid or not, as an attacker could make one. */
const codeOf = (value: unknown) => toBase64Url(deflateSync(strToU8(JSON.stringify(value))));
const SCRIPT = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>';

/** Fails the test if anything on the page runs the payload or opens a dialog. */
function watchForScript(page: Page) {
	page.on('dialog', (d) => {
		throw new Error(`a dialog opened: ${d.message()}`);
	});
	return async () => {
		expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
		expect(await page.locator('main img, main script').count()).toBe(0);
	};
}

const LINKS: [name: string, fragment: () => string, message: RegExp][] = [
	['corrupt', () => 'this-is-not-a-code!!', /damaged or incomplete/],
	['truncated', () => encodeDocument(anAssignment()).slice(0, 40), /damaged or incomplete/],
	['oversized', () => codeOf({ ...anAssignment(), note: ' '.repeat(200_000) }), /too large/],
	['from a future version', () => codeOf({ ...anAssignment(), version: 7 }), /newer version/],
	['carrying markup and script', () => codeOf({ ...anAssignment(), title: SCRIPT }), /markup or script/],
	['a report, not an assignment', () => encodeDocument(aReport()), /not the right kind/],
	[
		'repeating a deck',
		() => codeOf({ ...anAssignment(), decks: ['kefu', 'kefu'] }),
		/same item or mistake twice\. \(decks\)/
	],
	[
		'dated in the year 275760',
		() => codeOf({ ...anAssignment(), issuedAt: 8.64e15, dueAt: 8.64e15 }),
		/more than a day in the future\. .*\(issuedAt\)/
	],
	// 64 MB of spaces: an 87 kB link that once froze the page while it inflated.
	[
		'a compression bomb',
		() => toBase64Url(deflateSync(new Uint8Array(64 << 20).fill(32), { level: 9 })),
		/too large/
	]
];

for (const [name, fragment, message] of LINKS) {
	test(`an assignment link that is ${name} gets a clear message and stores nothing`, async ({ page }) => {
		const check = watchForScript(page);
		// A good assignment first, so there is a database that must stay exactly as it was.
		await openPage(page, `/assignment#${encodeDocument(anAssignment({ id: 'good' }))}`);
		await page.getByRole('button', { name: 'Accept' }).click();
		await expect(page.getByText(/Accepted\./)).toBeVisible();
		const before = await storedRows(page, 'assignments');
		expect(before).toHaveLength(1);
		await openPage(page, '/');
		await openPage(page, `/assignment#${fragment()}`);
		await expect(page.getByRole('alert')).toContainText('This assignment cannot be opened.');
		await expect(page.getByRole('alert')).toContainText(message);
		await expect(page.getByRole('alert')).toContainText('Nothing was saved.');
		await expect(page.getByRole('button', { name: 'Accept' })).toHaveCount(0);
		await check();
		expect(await storedRows(page, 'assignments')).toEqual(before);
	});
}

test('an assignment file with script is refused the same way', async ({ page }) => {
	const check = watchForScript(page);
	await openPage(page, '/assignment');
	await page.getByLabel('Open an assignment file').setInputFiles({
		name: 'assignment.kehu.json',
		mimeType: 'application/json',
		buffer: Buffer.from(documentFileText({ ...anAssignment(), note: SCRIPT }))
	});
	await expect(page.getByRole('alert')).toContainText(/markup or script/);
	await check();
	expect(await storedRows(page, 'assignments')).toEqual([]);
});

test('report files that are corrupt, oversized, from the future or carry script are refused one by one', async ({
	page
}) => {
	const check = watchForScript(page);
	await openPage(page, '/teach/class');
	const file = (name: string, text: string) => ({
		name,
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
	await page
		.getByLabel('Choose files')
		.setInputFiles([
			file('good.json', documentFileText(aReport())),
			file('corrupt.json', documentFileText(aReport()).slice(0, 100)),
			file('huge.json', ' '.repeat(1100 * 1024)),
			file('future.json', JSON.stringify({ ...aReport(), version: 3 })),
			file('script.json', documentFileText({ ...aReport(), learner: SCRIPT })),
			file('assignment.json', documentFileText(anAssignment()))
		]);
	const outcomes = page.getByRole('status').filter({ hasText: 'corrupt.json' });
	await expect(outcomes.getByRole('listitem')).toHaveText([
		/good\.json Li Na 李娜 — Week 3: 客户关系: added/,
		/corrupt\.json refused: .*damaged or incomplete/,
		/huge\.json refused: .*too large/,
		/future\.json refused: .*newer version/,
		/script\.json refused: .*markup or script/,
		/assignment\.json refused: .*not the right kind/
	]);
	await page.getByLabel(/paste report codes/).fill(codeOf({ ...aReport(), learner: SCRIPT }));
	await page.getByRole('button', { name: 'Import the codes' }).click();
	await expect(page.getByRole('status').getByText(/#1 refused: .*markup or script/)).toBeVisible();
	await expect(page.getByRole('table')).toHaveCount(1);
	await check();
	const stored = (await storedRows(page, 'reports')) as { doc: unknown }[];
	expect(stored.map((r) => r.doc)).toEqual([aReport()]);
});

test('a stored assignment that repeats ids (from an older version or a backup) still shows, each part once', async ({
	page
}) => {
	await openPage(page, `/assignment#${encodeDocument(anAssignment({ id: 'good' }))}`);
	await page.getByRole('button', { name: 'Accept' }).click();
	await expect(page.getByText(/Accepted\./)).toBeVisible();
	const doc = anAssignment({
		id: 'twice',
		title: 'Twice over',
		decks: ['kefu', 'kefu'],
		quizzes: ['kefu', 'kefu']
	});
	await page.evaluate(
		(row) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('kehu-chinese');
				open.onsuccess = () => {
					const tx = open.result.transaction('assignments', 'readwrite');
					tx.objectStore('assignments').put(row);
					tx.oncomplete = () => {
						open.result.close();
						resolve();
					};
					tx.onerror = () => reject(new Error(String(tx.error)));
				};
			}),
		{ id: doc.id, acceptedAt: 1, doc }
	);
	await openPage(page, '/assignments');
	const card = page.getByRole('article', { name: 'Twice over' });
	await expect(card).toBeVisible();
	await expect(card.getByRole('listitem').filter({ hasText: 'Mistake quizzes' })).toHaveCount(1);
	await expect(page.getByRole('article', { name: 'Week 3: 客户关系' })).toBeVisible();
});
