import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { documentFileText, encodeDocument } from '../../src/lib/domain/sharing/codec';
import { CLASS } from '../factories/class';
import { aReport } from '../factories/sharing';
import { cellType, readSheet, SHEET_SEPARATORS } from '../factories/spreadsheet';
import { openPage, storedRows } from './support';

const item = aReport().items[0];
const HOSTILE: [name: string, report: unknown, message: RegExp][] = [
	['twice.json', { ...aReport(), items: [item, item] }, /same item or mistake twice/],
	['future.json', aReport({ createdAt: 8.64e15 }), /more than a day in the future/],
	['rtl.json', aReport({ learner: 'Li\u202eaN' }), /invisible or direction-changing/],
	['impossible.json', aReport({ summary: { ...aReport().summary, seen: 99 } }), /cannot be true/]
];

async function importFiles(page: Page, reports: readonly unknown[]) {
	await page.getByLabel('Choose files').setInputFiles(
		reports.map((r, i) => ({
			name: `report-${i}.json`,
			mimeType: 'application/json',
			buffer: Buffer.from(documentFileText(r as never))
		}))
	);
}

test('hostile report files and codes are refused with their reason, and nothing is stored', async ({
	page
}) => {
	await openPage(page, '/teach/class');
	await page.getByLabel('Choose files').setInputFiles(
		HOSTILE.map(([name, report]) => ({
			name,
			mimeType: 'application/json',
			buffer: Buffer.from(documentFileText(report as never))
		}))
	);
	const outcomes = page.getByRole('status');
	for (const [name, , message] of HOSTILE)
		await expect(outcomes.getByRole('listitem').filter({ hasText: name })).toContainText(message);
	await page
		.getByLabel(/paste report codes/)
		.fill(HOSTILE.map(([, r]) => encodeDocument(r as never)).join('\n'));
	await page.getByRole('button', { name: 'Import the codes' }).click();
	await expect(outcomes.getByRole('listitem').filter({ hasText: '#1' })).toContainText(/same item/);
	await expect(page.getByText('No reports yet.')).toBeVisible();
	expect(await storedRows(page, 'reports')).toEqual([]);
});

test('stored rows that break the rules do not break the dashboard, and can be removed', async ({ page }) => {
	await openPage(page, '/teach/class');
	await importFiles(page, [CLASS[0]]);
	await expect(page.getByText(/An Ran — .*: added/)).toBeVisible();
	// Rows as an older version or a damaged backup could have left them, written straight to IndexedDB.
	const bad = [
		{
			id: 'dup',
			assignmentId: 'a1b2c3d4',
			learnerId: 'x',
			importedAt: 1,
			doc: { ...aReport({ learnerId: 'x' }), items: [item, item] }
		},
		{
			id: 'future',
			assignmentId: 'a1b2c3d4',
			learnerId: 'y',
			importedAt: 1,
			doc: aReport({ learnerId: 'y', createdAt: 8.64e15 })
		},
		{ id: 'junk', assignmentId: 7, learnerId: null, importedAt: 'x', doc: 'not a report' }
	];
	await page.evaluate(
		(rows) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('kehu-chinese');
				open.onsuccess = () => {
					const tx = open.result.transaction('reports', 'readwrite');
					for (const row of rows) tx.objectStore('reports').put(row);
					tx.oncomplete = () => {
						open.result.close();
						resolve();
					};
					tx.onerror = () => reject(new Error(String(tx.error)));
				};
			}),
		bad
	);
	await page.reload();
	await expect(page.getByText('3 stored reports could not be read and are left out.')).toBeVisible();
	const table = page.getByRole('table', { name: 'Each learner’s progress' });
	await expect(table.getByRole('row')).toHaveCount(2);
	await expect(table).toContainText('An Ran');
	await page.getByRole('button', { name: 'Remove it' }).first().click();
	await expect(page.getByText('2 stored reports could not be read and are left out.')).toBeVisible();
	expect(await storedRows(page, 'reports')).toHaveLength(3);
});

test('the teacher names the class, sorts, opens a learner, and settles unknown names', async ({ page }) => {
	await page.setViewportSize({ width: 1366, height: 900 });
	await openPage(page, '/teach/class');
	await importFiles(page, [...CLASS, aReport({ learnerId: 'z', learner: 'Zed Stranger' })]);
	await expect(page.getByText(/Zed Stranger — .*: added/)).toBeVisible();

	const table = page.getByRole('table', { name: 'Each learner’s progress' });
	const names = () => table.locator('tbody th .name').allTextContents();
	await expect.poll(names).toEqual(['An Ran', 'Bai Lu', 'Cai Ming', 'Zed Stranger']);
	await table.getByRole('button', { name: 'Cards seen' }).click();
	await expect.poll(names).toEqual(['Bai Lu', 'Cai Ming', 'Zed Stranger', 'An Ran']);
	await table.getByRole('button', { name: 'Cards seen' }).click();
	await expect(table.getByRole('columnheader', { name: /Cards seen/ })).toHaveAttribute(
		'aria-sort',
		'descending'
	);
	await expect.poll(names).toEqual(['An Ran', 'Cai Ming', 'Zed Stranger', 'Bai Lu']);

	// Missions are named by their question, in their own column, and the Target column fits on screen.
	await expect(table.getByRole('row').filter({ hasText: 'An Ran' })).toContainText(
		'我们的系统里一共有多少位客户？'
	);
	const target = table.getByRole('columnheader', { name: /Target/ });
	expect((await target.boundingBox())!.x + (await target.boundingBox())!.width).toBeLessThanOrEqual(1366);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);

	await table.getByRole('row').filter({ hasText: 'Bai Lu' }).getByRole('button', { name: 'Details' }).click();
	const details = page.getByRole('region', { name: /Bai Lu: what they studied/ });
	await expect(details).toContainText('2 of 10 cards seen · 20 %');
	await expect(details).toContainText('白金会员有多少位？');
	await expect(details).toContainText(/wrote “7”, expected “12”/);

	await page.getByRole('button', { name: 'Edit the roster' }).first().click();
	await page.getByLabel(/Name the learners you expect/).fill('An Ran\nBai Lu\nCai Ming\nDing Yi');
	await page.getByRole('button', { name: 'Save the roster' }).click();
	await expect(page.getByText('Not reported yet:')).toContainText('Ding Yi');
	const stranger = table.getByRole('row').filter({ hasText: 'Zed Stranger' });
	await expect(stranger).toContainText('Not on the roster');
	await expect(table.getByText('Not on the roster')).toHaveCount(1);

	page.once('dialog', (d) => void d.accept());
	await stranger.getByRole('button', { name: 'Reject' }).click();
	await expect(table.getByText('Zed Stranger')).toHaveCount(0);
	expect(await storedRows(page, 'reports')).toHaveLength(3);

	// A report from a name the teacher confirms joins the roster.
	await importFiles(page, [aReport({ learnerId: 'd', learner: 'Dong Mei' })]);
	await table
		.getByRole('row')
		.filter({ hasText: 'Dong Mei' })
		.getByRole('button', { name: 'Add to roster' })
		.click();
	await expect(table.getByText('Not on the roster')).toHaveCount(0);

	// Bai Lu's details are still open from before.
	page.once('dialog', (d) => void d.accept());
	await page.getByRole('button', { name: 'Remove report' }).click();
	await expect(table.getByText('Bai Lu')).toHaveCount(0);
	await expect(page.getByText('Not reported yet:')).toContainText('Bai Lu');
});

test('the gradebook opens in a spreadsheet with numbers, dates and text where they belong', async ({
	page
}) => {
	await openPage(page, '/teach/class');
	await importFiles(page, [
		...CLASS,
		aReport({ learnerId: 'h', learner: '=HYPERLINK("x");=cmd|\' /C calc\'!A0' }),
		aReport({ learnerId: 'd', learner: '3-1' })
	]);
	await expect(page.getByText(/3-1 — .*: added/)).toBeVisible();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export the gradebook (CSV)' }).click();
	const text = (await readFile(await (await download).path(), 'utf8')).replace(/^\ufeff/, '');
	const [header, ...rows] = readSheet(text, ',', true);
	expect(header).toContain('Missions done');
	expect(header).toContain('Mission · A1 · 我们的系统里一共有多少位客户？ %');
	for (const row of rows) {
		expect(cellType(row[2] ?? '')).toBe('date');
		expect(cellType(row[3] ?? '')).toBe('text');
		expect(
			row
				.slice(4, 13)
				.map(cellType)
				.every((t) => t === 'number' || t === 'empty')
		).toBe(true);
	}
	expect(rows.find((r) => r[3] === "'3-1")).toBeDefined();
	for (const separator of SHEET_SEPARATORS)
		for (const quotes of [true, false])
			expect(readSheet(text, separator, quotes).flat().map(cellType)).not.toContain('formula');
});
