import { describe, expect, it } from 'vitest';
import { aReport, stored } from '../../../../tests/factories/sharing';
import { sortRows, SORT_KEYS } from './class-sort';
import { classView } from './class-view';

const summary = aReport().summary;
const rows =
	classView(
		stored([
			aReport({ learnerId: 'a', learner: 'Bo', summary: { ...summary, seen: 9, quizAccuracy: null } }),
			aReport({ learnerId: 'b', learner: 'An', summary: { ...summary, seen: 2, quizAccuracy: 0.9 } }),
			aReport({ learnerId: 'c', learner: 'Cy', summary: { ...summary, seen: 5, quizAccuracy: 0.1 } })
		])
	)[0]?.rows ?? [];
const names = (key: (typeof SORT_KEYS)[number], dir: 'ascending' | 'descending') =>
	sortRows(rows, key, dir).map((r) => r.learner);

describe('sorting learners', () => {
	it('sorts by name and by figures, either way', () => {
		expect(names('learner', 'ascending')).toEqual(['An', 'Bo', 'Cy']);
		expect(names('seen', 'descending')).toEqual(['Bo', 'Cy', 'An']);
		expect(names('seen', 'ascending')).toEqual(['An', 'Cy', 'Bo']);
	});

	it('puts learners with nothing in the column last in both directions', () => {
		expect(names('quiz', 'ascending')).toEqual(['Cy', 'An', 'Bo']);
		expect(names('quiz', 'descending')).toEqual(['An', 'Cy', 'Bo']);
	});

	it('sorts by every column without losing anyone', () => {
		for (const key of SORT_KEYS) expect(names(key, 'ascending').sort()).toEqual(['An', 'Bo', 'Cy']);
	});
});
