/**
 * Sharing figures: the length of an assignment link with 100 parts, and importing 30 reports through
 * the real repository path (validation, one Dexie transaction, the class view) on fake-indexeddb in Node.
 */
import 'fake-indexeddb/auto';
import { AppDatabase, useDatabase } from '../../src/lib/data/db';
import { classReports, importReports } from '../../src/lib/data/report-repository';
import { classView } from '../../src/lib/domain/sharing/class-view';
import { documentFileText, encodeDocument } from '../../src/lib/domain/sharing/codec';
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
