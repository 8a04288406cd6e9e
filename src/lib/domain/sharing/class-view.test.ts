import { describe, expect, it } from 'vitest';
import { aReport } from '../../../../tests/factories/sharing';
import { parseDelimited } from '../tables/delimited';
import { classView, GRADEBOOK_COLUMNS, gradebookCsv, hardestItems, latestReports } from './class-view';

const item = (id: string, reviews: number, correct: number, leech = false) => ({
	id,
	reviews,
	correct,
	lapses: leech ? 8 : 0,
	recall: 0.5,
	leech
});

describe('class view', () => {
	it('keeps only the newest report per learner and assignment', () => {
		const old = aReport({ createdAt: 1 });
		const fresh = aReport({ createdAt: 2 });
		const other = aReport({ learnerId: 'learner-2', createdAt: 1 });
		expect(latestReports([fresh, old, other, fresh])).toEqual([fresh, other]);
	});

	it('ranks the class-wide hardest items by wrong answers, then leeches', () => {
		const a = aReport({ learnerId: 'a', items: [item('x', 10, 9), item('y', 10, 5), item('z', 3, 3, true)] });
		const b = aReport({ learnerId: 'b', items: [item('x', 4, 2), item('y', 2, 2)] });
		expect(hardestItems([a, b]).map((h) => [h.itemId, h.wrong, h.learners])).toEqual([
			['y', 5, 2],
			['x', 3, 2],
			['z', 0, 1]
		]);
	});

	it('groups rows by assignment, with leeches per learner', () => {
		const views = classView([
			aReport({ learnerId: 'b', learner: 'Zhang Wei', items: [item('z', 1, 0, true)] }),
			aReport({ learnerId: 'a', learner: 'An Ran' })
		]);
		expect(views).toHaveLength(1);
		expect(views[0]?.rows.map((r) => [r.learner, r.leeches])).toEqual([
			['An Ran', []],
			['Zhang Wei', ['z']]
		]);
	});

	it('writes a gradebook a spreadsheet reads back, with formulas made inert', () => {
		const csv = gradebookCsv(classView([aReport({ learner: '=HYPERLINK("x"), 李' })]));
		const rows = parseDelimited(csv);
		expect(rows[0]).toEqual([...GRADEBOOK_COLUMNS]);
		expect(rows[1]?.[3]).toBe(`'=HYPERLINK("x"), 李`);
		expect(rows[1]?.slice(4, 10)).toEqual(['5', '10', '50', '40', '75', '50']);
	});
});
