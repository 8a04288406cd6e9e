/** Sorting the class dashboard's learners by any of its columns. */
import type { LearnerRow } from './class-view';

export const SORT_KEYS = [
	'learner',
	'seen',
	'recall',
	'accuracy',
	'quiz',
	'missions',
	'time',
	'leeches',
	'mistakes',
	'target'
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** The value a column sorts by; null (nothing to show) always sorts last. */
export function sortValue(row: LearnerRow, key: SortKey): string | number | null {
	const s = row.summary;
	switch (key) {
		case 'learner':
			return row.learner;
		case 'seen':
			return ratio(s.seen, s.total);
		case 'recall':
			return s.recall;
		case 'accuracy':
			return ratio(s.correct, s.reviews);
		case 'quiz':
			return s.quizAccuracy;
		case 'missions':
			return ratio(s.missionsDone, s.missionsTotal);
		case 'time':
			return s.timeMs;
		case 'leeches':
			return row.leeches.length;
		case 'mistakes':
			return row.mistakes.reduce((n, m) => n + m.count, 0);
		case 'target':
			return s.targetMet ? 1 : 0;
	}
}

function compare(a: string | number, b: string | number): number {
	return typeof a === 'string' || typeof b === 'string' ? String(a).localeCompare(String(b)) : a - b;
}

/** Rows sorted by a column, ties broken by name; rows with nothing in that column come last either way. */
export function sortRows(rows: readonly LearnerRow[], key: SortKey, direction: SortDirection): LearnerRow[] {
	const sign = direction === 'ascending' ? 1 : -1;
	return [...rows].sort((x, y) => {
		const a = sortValue(x, key);
		const b = sortValue(y, key);
		if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
		return sign * compare(a, b) || x.learner.localeCompare(y.learner) || x.reportId.localeCompare(y.reportId);
	});
}
