/**
 * The class dashboard's figures: the newest report per learner per assignment, per-learner rows,
 * leeches and top mistakes, the class-wide hardest items, and the gradebook CSV.
 */
import { inertCell, writeDelimited } from '../tables/delimited';
import type { AssignmentRef, MistakeSummary, Report, Summary } from './documents';

export interface LearnerRow {
	learnerId: string;
	learner: string;
	/** epoch ms the report was made */
	reportedAt: number;
	summary: Summary;
	leeches: string[];
	mistakes: MistakeSummary[];
}

export interface HardItem {
	itemId: string;
	/** learners who answered it */
	learners: number;
	reviews: number;
	wrong: number;
	/** learners for whom it is a leech */
	leeches: number;
	/** mean predicted recall on the due date, over those learners */
	recall: number;
}

export interface AssignmentView {
	assignment: AssignmentRef;
	rows: LearnerRow[];
	hardest: HardItem[];
}

/** How many hardest items the dashboard lists. */
export const HARDEST_ITEMS = 10;

/** Only each learner's newest report per assignment counts: an older or repeated one adds nothing. */
export function latestReports(reports: readonly Report[]): Report[] {
	const latest = new Map<string, Report>();
	for (const r of reports) {
		const key = `${r.assignment.id}\u0000${r.learnerId}`;
		const seen = latest.get(key);
		if (!seen || r.createdAt > seen.createdAt) latest.set(key, r);
	}
	return [...latest.values()];
}

/** Items the class gets wrong most: most wrong answers first, then most leeches, then lowest recall. */
export function hardestItems(reports: readonly Report[], limit = HARDEST_ITEMS): HardItem[] {
	const items = new Map<string, HardItem>();
	for (const r of reports)
		for (const i of r.items) {
			const h = items.get(i.id) ?? { itemId: i.id, learners: 0, reviews: 0, wrong: 0, leeches: 0, recall: 0 };
			h.learners += 1;
			h.reviews += i.reviews;
			h.wrong += i.reviews - i.correct;
			h.leeches += i.leech ? 1 : 0;
			h.recall += i.recall;
			items.set(i.id, h);
		}
	return [...items.values()]
		.map((h) => ({ ...h, recall: h.recall / h.learners }))
		.filter((h) => h.wrong > 0 || h.leeches > 0)
		.sort(
			(a, b) =>
				b.wrong - a.wrong || b.leeches - a.leeches || a.recall - b.recall || a.itemId.localeCompare(b.itemId)
		)
		.slice(0, limit);
}

/** One view per assignment, newest due date first; learners sorted by name. */
export function classView(reports: readonly Report[]): AssignmentView[] {
	const byAssignment = new Map<string, Report[]>();
	for (const r of latestReports(reports))
		byAssignment.set(r.assignment.id, [...(byAssignment.get(r.assignment.id) ?? []), r]);
	return [...byAssignment.values()]
		.map((list) => {
			const newest = list.reduce((a, b) => (b.createdAt > a.createdAt ? b : a));
			return {
				assignment: newest.assignment,
				rows: list
					.map((r) => ({
						learnerId: r.learnerId,
						learner: r.learner,
						reportedAt: r.createdAt,
						summary: r.summary,
						leeches: r.items.filter((i) => i.leech).map((i) => i.id),
						mistakes: r.mistakes
					}))
					.sort((a, b) => a.learner.localeCompare(b.learner) || a.learnerId.localeCompare(b.learnerId)),
				hardest: hardestItems(list)
			};
		})
		.sort((a, b) => b.assignment.dueAt - a.assignment.dueAt);
}

const pct = (x: number | null) => (x === null ? '' : String(Math.round(x * 100)));
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const GRADEBOOK_COLUMNS = [
	'Class',
	'Assignment',
	'Due',
	'Learner',
	'Cards seen',
	'Cards total',
	'Progress %',
	'Predicted recall at due date %',
	'Accuracy %',
	'Quiz accuracy %',
	'Missions done',
	'Minutes studied',
	'Leeches',
	'Target met',
	'Report date'
] as const;

/** The gradebook: one line per learner per assignment, safe to open in a spreadsheet. */
export function gradebookCsv(
	views: readonly AssignmentView[],
	label: (itemId: string) => string = (id) => id
): string {
	const rows = views.flatMap((v) =>
		v.rows.map((r) => {
			const s = r.summary;
			return [
				v.assignment.className,
				v.assignment.title,
				isoDay(v.assignment.dueAt),
				r.learner,
				String(s.seen),
				String(s.total),
				pct(s.total ? s.seen / s.total : 0),
				pct(s.recall),
				pct(s.reviews ? s.correct / s.reviews : null),
				pct(s.quizAccuracy),
				`${s.missionsDone}/${s.missionsTotal}`,
				String(Math.round(s.timeMs / 60_000)),
				r.leeches.map(label).join(' '),
				s.targetMet ? 'yes' : 'no',
				isoDay(r.reportedAt)
			].map(inertCell);
		})
	);
	return writeDelimited([[...GRADEBOOK_COLUMNS], ...rows]);
}
