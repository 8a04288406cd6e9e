/**
 * The class dashboard's figures: the newest report per learner per assignment, per-learner rows,
 * leeches, weakest items and top mistakes, and the class-wide hardest items.
 */
import type {
	AssignmentRef,
	ItemFigures,
	MistakeSummary,
	Part,
	PartKind,
	Report,
	Summary
} from './documents';

export interface LearnerRow {
	/** the stored report's id (its content hash) */
	reportId: string;
	learnerId: string;
	learner: string;
	/** epoch ms the report was made */
	reportedAt: number;
	summary: Summary;
	parts: Part[];
	/** items answered, weakest first: lowest recall, then most wrong answers */
	weakest: ItemFigures[];
	leeches: string[];
	mistakes: MistakeSummary[];
}

/** A part of an assignment as a column: its kind and id. */
export interface PartRef {
	kind: PartKind;
	id: string;
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
	/** every part any learner reported on, once each, in the order first met */
	parts: PartRef[];
	hardest: HardItem[];
}

/** A report as stored: the document and the id it is stored under. */
export interface StoredReport {
	id: string;
	doc: Report;
}

/** How many hardest items the dashboard lists. */
export const HARDEST_ITEMS = 10;

/** Only each learner's newest report per assignment counts: an older or repeated one adds nothing. */
export function latestReports<R extends Report | StoredReport>(reports: readonly R[]): R[] {
	const latest = new Map<string, R>();
	const docOf = (r: R): Report => ('doc' in r ? r.doc : r);
	for (const r of reports) {
		const d = docOf(r);
		const key = `${d.assignment.id}\u0000${d.learnerId}`;
		const seen = latest.get(key);
		if (!seen || d.createdAt > docOf(seen).createdAt) latest.set(key, r);
	}
	return [...latest.values()];
}

/** Items with answers or a leech, weakest first. */
export function weakestItems(items: readonly ItemFigures[]): ItemFigures[] {
	return [...items].sort(
		(a, b) =>
			a.recall - b.recall || b.reviews - b.correct - (a.reviews - a.correct) || a.id.localeCompare(b.id)
	);
}

function partsOf(reports: readonly Report[]): PartRef[] {
	const parts = new Map<string, PartRef>();
	for (const r of reports) for (const p of r.parts) parts.set(partKey(p), { kind: p.kind, id: p.id });
	return [...parts.values()];
}

function learnerRow({ id, doc: r }: StoredReport): LearnerRow {
	return {
		reportId: id,
		learnerId: r.learnerId,
		learner: r.learner,
		reportedAt: r.createdAt,
		summary: r.summary,
		parts: r.parts,
		weakest: weakestItems(r.items),
		leeches: r.items.filter((i) => i.leech).map((i) => i.id),
		mistakes: r.mistakes
	};
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
export function classView(reports: readonly StoredReport[]): AssignmentView[] {
	const byAssignment = new Map<string, StoredReport[]>();
	for (const r of latestReports(reports))
		byAssignment.set(r.doc.assignment.id, [...(byAssignment.get(r.doc.assignment.id) ?? []), r]);
	return [...byAssignment.values()]
		.map((list) => {
			const docs = list.map((r) => r.doc);
			const newest = docs.reduce((a, b) => (b.createdAt > a.createdAt ? b : a));
			return {
				assignment: newest.assignment,
				rows: list
					.map(learnerRow)
					.sort((a, b) => a.learner.localeCompare(b.learner) || a.learnerId.localeCompare(b.learnerId)),
				parts: partsOf(docs),
				hardest: hardestItems(docs)
			};
		})
		.sort(
			(a, b) => b.assignment.dueAt - a.assignment.dueAt || a.assignment.id.localeCompare(b.assignment.id)
		);
}

/** Whether a mission part has a right answer. */
export const missionDone = (p: Pick<Part, 'correct'>): boolean => p.correct > 0;

/** A part's progress in percent: its cards seen, or for a mission 100 once it has a right answer. */
export function partProgress(p: Part): number {
	if (p.kind === 'mission') return missionDone(p) ? 100 : 0;
	return p.total ? Math.round((Math.min(p.seen, p.total) / p.total) * 100) : 0;
}

/** The key of a part: the same kind and id are the same column. */
export const partKey = (p: PartRef): string => `${p.kind}:${p.id}`;
