/**
 * The gradebook CSV: one line per learner per assignment, which a spreadsheet opens with counts as
 * numbers, days as dates and every name as text, whatever it holds.
 */
import { spreadsheetCsv, type Cell } from '../tables/spreadsheet-safe';
import { partKey, partProgress, type AssignmentView, type PartRef } from './class-view';
import type { PartKind } from './documents';

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
	'Missions total',
	'Minutes studied',
	'Leeches',
	'Target met',
	'Report date'
] as const;

/** How the gradebook names items (by hanzi) and parts (by title) in its cells and headers. */
export interface GradebookLabels {
	item: (itemId: string) => string;
	part: (kind: PartKind, id: string) => string;
}

const pct = (x: number | null): Cell => (x === null ? '' : Math.round(x * 100));

function partColumns(views: readonly AssignmentView[]): PartRef[] {
	const columns = new Map<string, PartRef>();
	for (const v of views) for (const p of v.parts) columns.set(partKey(p), p);
	return [...columns.values()];
}

/** The gradebook, with a progress column (percent) for each part of any assignment in it. */
export function gradebookCsv(views: readonly AssignmentView[], labels: GradebookLabels): string {
	const columns = partColumns(views);
	const header = [...GRADEBOOK_COLUMNS, ...columns.map((p) => `${labels.part(p.kind, p.id)} %`)];
	const rows = views.flatMap((v) =>
		v.rows.map((r): Cell[] => {
			const s = r.summary;
			const byKey = new Map(r.parts.map((p) => [partKey(p), p]));
			return [
				v.assignment.className,
				v.assignment.title,
				{ day: v.assignment.dueAt },
				r.learner,
				s.seen,
				s.total,
				pct(s.total ? s.seen / s.total : 0),
				pct(s.recall),
				pct(s.reviews ? s.correct / s.reviews : null),
				pct(s.quizAccuracy),
				s.missionsDone,
				s.missionsTotal,
				Math.round(s.timeMs / 60_000),
				r.leeches.map(labels.item).join(' '),
				s.targetMet ? 'yes' : 'no',
				{ day: r.reportedAt },
				...columns.map((c): Cell => {
					const part = byKey.get(partKey(c));
					return part ? partProgress(part) : '';
				})
			];
		})
	);
	return spreadsheetCsv([header, ...rows]);
}
