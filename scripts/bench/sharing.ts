/**
 * Sharing figures: the length of an assignment link with 100 parts, and importing 30 reports through
 * the real repository path (validation, one Dexie transaction, the class view) on fake-indexeddb in Node.
 */
import 'fake-indexeddb/auto';
import { AppDatabase, useDatabase } from '../../src/lib/data/db';
import { classReports, importReports } from '../../src/lib/data/report-repository';
import { classView } from '../../src/lib/domain/sharing/class-view';
import { pathToFileURL } from 'node:url';
import { goodCards, parseCustomDeck } from '../../src/lib/domain/decks/custom-deck';
import { documentFileText, encodeDocument, fitsInLink, LINK_LIMIT } from '../../src/lib/domain/sharing/codec';
import { loadImportFiller } from '../../src/lib/state/loaders/import-pinyin';
import { deckCsv } from '../../tests/factories/deck-csv';
import { formatFigure, type Figure } from './report';
import decks from '../../src/lib/content/generated/decks.json';
import items from '../../src/lib/content/generated/study-items.json';
import { anAssignment, aReport, seeded } from '../../tests/factories/sharing';

/** A realistic origin for the link; the fragment is what grows with the assignment. */
const ORIGIN = 'https://kehu-chinese.app';

/** An assignment of 100 real parts: every deck, then drill sets and quizzes from the content. */
export function hundredPartAssignment() {
	const entries = [...new Set(items.filter((i) => i.kind !== 'word').map((i) => i.entryId))];
	const deckIds = decks.map((d) => d.id);
	const drills = entries.slice(0, Math.ceil((100 - deckIds.length) / 2));
	const quizzes = entries.slice(0, 100 - deckIds.length - drills.length);
	return anAssignment({
		title: '第三周：客户关系与客服 — Week 3 review',
		note: 'Finish before Friday’s class. 周五上课前完成。',
		decks: deckIds,
		drills,
		quizzes
	});
}

export function assignmentLinkLength(): number {
	return `${ORIGIN}/assignment#${encodeDocument(hundredPartAssignment())}`.length;
}

/** 30 learners' reports, each with 300 items and 10 mistakes, as the files a teacher would drop. */
function reportFiles(): { name: string; text: string }[] {
	const rng = seeded(30);
	const ids = items.slice(0, 300).map((i) => i.id);
	return Array.from({ length: 30 }, (_, n) => {
		const report = aReport({
			learnerId: `learner-${n}`,
			learner: `学生 ${n + 1}`,
			items: ids.map((id) => {
				const reviews = 1 + Math.floor(rng() * 12);
				return {
					id,
					reviews,
					correct: Math.floor(reviews * rng()),
					lapses: Math.floor(rng() * 9),
					recall: rng(),
					leech: rng() < 0.05
				};
			}),
			mistakes: ids.slice(0, 10).map((id) => ({
				itemId: id,
				kind: 'tone',
				count: 1 + Math.floor(rng() * 5),
				expected: 'kèhù',
				given: 'kéhù'
			}))
		});
		return { name: `report-${n}.kehu.json`, text: documentFileText(report) };
	});
}

/** ms to import 30 report files and rebuild the class view from the store. */
export async function importThirtyReportsMs(): Promise<number> {
	const files = reportFiles();
	const db = new AppDatabase(`bench-sharing-${Date.now()}`);
	useDatabase(db);
	try {
		const start = performance.now();
		const outcomes = await importReports(files, Date.now());
		const views = classView((await classReports(Date.now())).reports);
		const elapsed = performance.now() - start;
		if (outcomes.some((o) => o.status !== 'added') || views[0]?.rows.length !== 30)
			throw new Error('the bench import did not add all 30 reports');
		return elapsed;
	} finally {
		db.close();
		await db.delete();
	}
}

/** An assignment carrying one custom deck of 200 cards read from a real-pinyin CSV, as the builder makes it. */
export async function customDeckAssignmentFigures(): Promise<Figure[]> {
	const fill = await loadImportFiller();
	const cards = goodCards(parseCustomDeck(deckCsv(200), fill)).slice(0, 200);
	if (cards.length < 200) throw new Error(`the bench deck has ${cards.length} cards, not 200`);
	const deck = { id: 'bench-deck', title: '售后服务词汇 · After-sales words', cards };
	const doc = anAssignment({ decks: [deck.id], customDecks: [deck] });
	const link = fitsInLink(doc);
	return [
		{
			name: `assignment link with a 200-card custom deck (${link ? 'the link works' : 'the builder offers the file only'})`,
			value: `${ORIGIN}/assignment#${encodeDocument(doc)}`.length,
			unit: 'chars',
			limit: LINK_LIMIT,
			kind: 'max'
		},
		{
			name: 'assignment file with a 200-card custom deck',
			value: new TextEncoder().encode(documentFileText(doc)).length / 1024,
			unit: 'kB',
			limit: 100,
			kind: 'max'
		}
	];
}

/**
 * ms for the deck-import worker's work on 100,000 CSV rows (parse every row, fill pinyin up to the row cap),
 * timed in Node on the same functions the worker runs; the dictionary load is outside the timing, as the
 * worker loads it once when it starts.
 */
export async function csvPreviewMs(rows = 100_000): Promise<number> {
	const fill = await loadImportFiller();
	const text = deckCsv(rows);
	const start = performance.now();
	const parsed = parseCustomDeck(text, fill);
	const elapsed = performance.now() - start;
	if (parsed.length === 0) throw new Error('the bench CSV gave no rows');
	return elapsed;
}

/** The sharing lines alone: `tsx scripts/bench/sharing.ts`. */
export async function sharingFigures(): Promise<Figure[]> {
	return [
		...(await customDeckAssignmentFigures()),
		{
			name: 'CSV import preview, 100,000 rows (parse and pinyin as in the worker; Node)',
			value: await csvPreviewMs(),
			unit: 'ms',
			limit: 1000,
			kind: 'max'
		}
	];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
	(await sharingFigures()).forEach((f) => console.log(formatFigure(f)));
