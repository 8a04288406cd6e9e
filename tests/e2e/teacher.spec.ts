import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { documentFileText } from '../../src/lib/domain/sharing/codec';
import { aReport } from '../factories/sharing';
import { answerCard, dumpDatabase, openPage, storedRows } from './support';

/** The teacher builds an assignment of the 客服 deck and its quiz, and returns the share link. */
async function buildAssignment(page: Page): Promise<string> {
	await openPage(page, '/teach');
	await page.getByLabel('Title').fill('Week 3: 客服');
	await page.getByLabel('Class', { exact: true }).fill('BC-201');
	await page.getByLabel('Teacher', { exact: true }).fill('王老师');
	await page
		.getByRole('group', { name: /Decks/ })
		.getByRole('checkbox', { name: /^客服 · / })
		.check();
	await page
		.getByRole('group', { name: /Mistake quizzes/ })
		.getByRole('searchbox')
		.fill('kèfú');
	await page
		.getByRole('group', { name: /Mistake quizzes/ })
		.getByRole('checkbox', { name: /^客服 kèfú/ })
		.check();
	await expect(page.getByText('2 chosen')).toBeVisible();
	await page.getByRole('button', { name: 'Make the link' }).click();
	const link = await page.getByLabel(/^Link \(\d+ characters\)/).inputValue();
	expect(link).toMatch(/\/assignment#[A-Za-z0-9_-]+$/);
	await expect(page.getByRole('region', { name: 'Assignments you have made' })).toContainText('Week 3: 客服');
	await expect(page.getByRole('img', { name: /QR code for the assignment/ })).toBeVisible();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download the assignment file' }).click();
	expect((await download).suggestedFilename()).toMatch(/^assignment-Week-3-客服\.kehu\.json$/);
	return link;
}

interface LearnerFigures {
	seen: string;
	recall: string;
	accuracy: string;
}

/** A learner in a fresh browser opens the link, accepts, studies `grades` and sends a report. */
async function learnerLoop(browser: Browser, link: string, name: string, grades: (1 | 3)[]) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(link);
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
	await expect(page.getByRole('heading', { name: 'Week 3: 客服' })).toBeVisible();
	await expect(page.getByText('王老师')).toBeVisible();
	await page.getByRole('button', { name: 'Accept' }).click();
	await expect(page.getByText(/Accepted\./)).toBeVisible();

	await openPage(page, '/');
	const home = page.getByRole('region', { name: 'Your assignments' });
	await expect(home.getByText(/0 of \d+ cards seen/)).toBeVisible();
	await home.getByRole('link', { name: 'Study' }).click();
	for (const grade of grades) await answerCard(page, grade);

	await openPage(page, '/assignments');
	const seen = `${grades.length} / `;
	await expect(page.getByText(seen, { exact: false }).first()).toBeVisible();
	const figure = async (label: string) => {
		const term = page.locator('dt', { hasText: new RegExp(`^${label}$`) });
		return ((await page.locator('dl.figures div', { has: term }).locator('dd').textContent()) ?? '').trim();
	};
	const figures: LearnerFigures = {
		seen: await figure('Cards seen'),
		recall: await figure('Recall on due date'),
		accuracy: await figure('Accuracy')
	};
	await page.getByLabel('Your name, as your teacher knows you').fill(name);
	await page.getByRole('button', { name: 'Make my report' }).click();
	const code = await page.getByLabel(/^Report code/).inputValue();
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download the report file' }).click();
	const file = await readFile(await (await download).path(), 'utf8');
	await context.close();
	return { code, file, figures };
}

test('a teacher and two learners run the whole loop in three browsers', async ({ browser, page }) => {
	test.setTimeout(90_000);
	const link = await buildAssignment(page);
	const li = await learnerLoop(browser, link, 'Li Na 李娜', [3, 3, 3]);
	const zhang = await learnerLoop(browser, link, 'Zhang Wei', [1, 3]);
	expect(li.figures).toMatchObject({ accuracy: '100 %' });
	expect(zhang.figures).toMatchObject({ accuracy: '50 %' });

	await openPage(page, '/teach/class');
	await page.getByLabel('Choose files').setInputFiles({
		name: 'li-na.kehu.json',
		mimeType: 'application/json',
		buffer: Buffer.from(li.file)
	});
	await expect(page.getByText(/Li Na 李娜 — Week 3: 客服: added/)).toBeVisible();
	await page.getByLabel(/paste report codes/).fill(`${zhang.code}\n${li.code}`);
	await page.getByRole('button', { name: 'Import the codes' }).click();
	await expect(page.getByText(/Zhang Wei — Week 3: 客服: added/)).toBeVisible();
	await expect(page.getByText(/Li Na 李娜 — Week 3: 客服: already imported/)).toBeVisible();

	const table = page.getByRole('table', { name: 'Each learner’s progress' });
	await expect(table.getByRole('row')).toHaveCount(3);
	for (const [name, figures] of [
		['Li Na 李娜', li.figures],
		['Zhang Wei', zhang.figures]
	] as const) {
		const row = table.getByRole('row').filter({ hasText: name });
		const cells = row.getByRole('cell');
		await expect(cells.nth(0)).toContainText(figures.seen.replace(/ /g, ''));
		await expect(cells.nth(1)).toHaveText(figures.recall);
		await expect(cells.nth(2)).toHaveText(figures.accuracy);
	}
	await expect(page.getByRole('heading', { name: 'Hardest items for the class' })).toBeVisible();
	await expect(page.getByText(/1 wrong of \d+ answers · 2 learners/)).toBeVisible();

	const csv = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export the gradebook (CSV)' }).click();
	const text = await readFile(await (await csv).path(), 'utf8');
	expect(text).toContain('Li Na 李娜');
	expect(text.trim().split('\r\n')).toHaveLength(3);

	// Reports stay on this device and are counted once, however often they are imported.
	// A file chosen before the page has started would go nowhere, as it would for a user.
	await page.reload();
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
	await page.getByLabel('Choose files').setInputFiles({
		name: 'again.json',
		mimeType: 'application/json',
		buffer: Buffer.from(li.file)
	});
	await expect(page.getByText(/already imported/)).toBeVisible();
	await expect(table.getByRole('row')).toHaveCount(3);
	expect((await dumpDatabase(page)).reports).toHaveLength(2);

	// The teacher's own list says who has reported, and gives the same link again.
	await openPage(page, '/teach');
	const made = page.getByRole('region', { name: 'Assignments you have made' });
	await expect(made).toContainText('2 learners reported');
	await made.getByRole('button', { name: 'Show the link' }).click();
	await expect(page.getByLabel(/^Link \(\d+ characters\)/)).toHaveValue(link);
});

test('report files dropped onto the dashboard are imported together', async ({ page }) => {
	await openPage(page, '/teach/class');
	const files = [
		documentFileText(aReport({ learnerId: 'a', learner: 'An Ran' })),
		documentFileText(aReport({ learnerId: 'b', learner: 'Bai Lu' }))
	];
	const transfer = await page.evaluateHandle((texts) => {
		const data = new DataTransfer();
		texts.forEach((text, i) =>
			data.items.add(new File([text], `report-${i}.json`, { type: 'application/json' }))
		);
		return data;
	}, files);
	const zone = page.getByRole('region', { name: 'Drop report files here' });
	await zone.dispatchEvent('dragover', { dataTransfer: transfer });
	await zone.dispatchEvent('drop', { dataTransfer: transfer });
	await expect(page.getByText(/An Ran — .*: added/)).toBeVisible();
	await expect(page.getByText(/Bai Lu — .*: added/)).toBeVisible();
	await expect(page.getByRole('table', { name: 'Each learner’s progress' }).getByRole('row')).toHaveCount(3);
});

test('a title, class or name with hidden or direction-changing characters makes no link and says why', async ({
	page
}) => {
	await openPage(page, '/teach');
	await page
		.getByRole('group', { name: /Decks/ })
		.getByRole('checkbox', { name: /^客服 · / })
		.check();
	for (const [label, text] of [
		['Title', 'Week 3\u202e: 客服'],
		['Class', '\u200b\u200b'],
		['Teacher', '王\u2028老师']
	] as const) {
		await page.getByLabel('Title').fill('Week 3');
		await page.getByLabel(label, { exact: true }).fill(text);
		await page.getByRole('button', { name: 'Make the link' }).click();
		await expect(page.getByRole('alert')).toContainText('invisible or direction-changing characters');
		await expect(page.getByLabel(/^Link \(\d+ characters\)/)).toHaveCount(0);
		await page.getByLabel(label, { exact: true }).fill(label === 'Title' ? 'Week 3' : '');
	}
	expect(await storedRows(page, 'issued')).toEqual([]);
});
