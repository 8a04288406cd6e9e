/**
 * Captures the teacher and class-work screens at phone and desktop widths (needs a preview server):
 * `BASE_URL=http://localhost:4173 OUT=docs/screenshots npx tsx scripts/screenshots-teacher.ts`.
 */
import { chromium, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import items from '../src/lib/content/generated/study-items.json';
import { encodeDocument } from '../src/lib/domain/sharing/codec';
import { anAssignment, aReport, refOf, seeded } from '../tests/factories/sharing';

const BASE = process.env.BASE_URL ?? 'http://localhost:4173';
const OUT = process.env.OUT ?? 'docs/screenshots';
const SIZES = [
	['phone', 390, 844],
	['desktop', 1280, 860]
] as const;
const NAMES = ['Li Na 李娜', 'Zhang Wei 张伟', 'Maria Rossi', 'Chen Jie 陈杰', 'Tom Becker'];

const assignment = anAssignment({
	title: 'Week 3: 客服 and 客户服务',
	decks: ['kefu', 'kehu-fuwu'],
	quizzes: ['kefu'],
	dueAt: Date.now() + 6 * 86_400_000,
	issuedAt: Date.now() - 86_400_000,
	note: 'Study the 客服 deck and take its mistake quiz before Friday. 周五前完成。'
});

/** Reports as five learners would send them, with plausible figures over real items. */
function classReports(): string[] {
	const rng = seeded(3);
	const ids = items.filter((i) => i.entryId === 'kefu' || i.entryId === 'kehu-fuwu').map((i) => i.id);
	return NAMES.map((learner, n) => {
		const seen = 40 + Math.floor(rng() * 120);
		const reviews = seen + Math.floor(rng() * 80);
		const correct = Math.floor(reviews * (0.6 + rng() * 0.35));
		const reportItems = ids.slice(0, 30).map((id) => {
			const r = 1 + Math.floor(rng() * 8);
			return {
				id,
				reviews: r,
				correct: Math.floor(r * rng()),
				lapses: Math.floor(rng() * 9),
				recall: rng(),
				leech: rng() < 0.06
			};
		});
		return encodeDocument(
			aReport({
				learnerId: `l${n}`,
				learner,
				createdAt: Date.now() - n * 3_600_000,
				assignment: refOf(assignment),
				summary: {
					total: 212,
					seen,
					reviews,
					correct,
					recall: 0.3 + rng() * 0.5,
					timeMs: Math.floor(rng() * 90) * 60_000,
					quizAccuracy: rng() < 0.2 ? null : 0.5 + rng() * 0.5,
					missionsDone: 0,
					missionsTotal: 0,
					targetMet: n === 0
				},
				parts: [],
				items: reportItems,
				mistakes: reportItems.slice(0, 3).map((i) => ({
					itemId: i.id,
					kind: 'near-synonym',
					count: 1 + Math.floor(rng() * 4),
					expected: '客服',
					given: '服务员'
				}))
			})
		);
	});
}

async function ready(page: Page, path: string) {
	await page.goto(`${BASE}${path}`);
	await page.locator('html[data-ready]').waitFor({ state: 'attached' });
	await page.waitForLoadState('networkidle');
}

mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-background-networking']
});
for (const [size, width, height] of SIZES) {
	const context = await browser.newContext({ viewport: { width, height } });
	const page = await context.newPage();
	const shot = (name: string, fullPage = false) =>
		page.screenshot({ path: `${OUT}/${name}-${size}.png`, fullPage });

	await ready(page, '/teach');
	await page.getByLabel('Title').fill(assignment.title);
	await page.getByLabel('Class', { exact: true }).fill('BC-201');
	await page.getByLabel('Teacher', { exact: true }).fill('王老师');
	await page
		.getByRole('group', { name: /Decks/ })
		.getByRole('checkbox', { name: /^客服 · / })
		.check();
	await page
		.getByRole('group', { name: /Mistake quizzes/ })
		.getByRole('checkbox')
		.first()
		.check();
	await shot('teach');
	await page.getByRole('button', { name: 'Make the link' }).click();
	await page.getByRole('heading', { name: 'Share it' }).scrollIntoViewIfNeeded();
	await shot('teach-share');

	await ready(page, `/assignment#${encodeDocument(assignment)}`);
	await shot('assignment-preview');
	await page.getByRole('button', { name: 'Accept' }).click();
	await page.getByText(/Accepted\./).waitFor();
	await ready(page, '/');
	await shot('home-assignment');
	await ready(page, '/assignments');
	await page.getByLabel(/Your name/).fill('Li Na 李娜');
	await page.getByRole('button', { name: 'Make my report' }).click();
	await shot('assignments', true);

	await ready(page, '/teach/class');
	await page.getByLabel(/paste report codes/).fill(classReports().join('\n'));
	await page.getByRole('button', { name: 'Import the codes' }).click();
	await page.getByRole('table').waitFor();
	await shot('class', true);

	await ready(page, '/decks/import');
	await page.getByLabel('Deck name').fill('Week 3 vocabulary');
	await page
		.getByLabel('Or paste the rows')
		.fill(
			'hanzi,english,pinyin,level,tags\n客户,client,ke4hu4,A2,crm\n流失,churn,,B2,crm\n留存率,retention rate,,B2,crm metrics\nhello,greeting,,,\n维护,maintain,wei2,B1,'
		);
	await page.getByRole('table').waitFor();
	await shot('deck-import', true);
	await ready(page, '/study');
	await shot('study-decks', true);
	await context.close();
}
await browser.close();
