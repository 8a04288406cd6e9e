import { describe, expect, it } from 'vitest';
import { aReport, stored } from '../../../../tests/factories/sharing';
import { classView, hardestItems, latestReports, partProgress } from './class-view';

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
		const views = classView(
			stored([
				aReport({ learnerId: 'b', learner: 'Zhang Wei', items: [item('z', 1, 0, true)] }),
				aReport({ learnerId: 'a', learner: 'An Ran' })
			])
		);
		expect(views).toHaveLength(1);
		expect(views[0]?.rows.map((r) => [r.learner, r.leeches])).toEqual([
			['An Ran', []],
			['Zhang Wei', ['z']]
		]);
	});

	it('lists each learner’s weakest items first, and every part once as a column', () => {
		const a = aReport({ learnerId: 'a', items: [item('x', 4, 4), item('y', 4, 1), item('w', 4, 3)] });
		const [view] = classView(stored([a, aReport({ learnerId: 'b' })]));
		expect(view?.rows[0]?.weakest.map((i) => i.id)).toEqual(['y', 'w', 'x']);
		expect(view?.parts).toEqual([{ kind: 'deck', id: 'kehu-guanxi' }]);
	});

	it('counts a mission as done once answered right, and a part by the share of its cards seen', () => {
		const figures = { total: 1, seen: 1, reviews: 2, correct: 0, recall: 0, timeMs: 0 };
		expect(partProgress({ kind: 'mission', id: 'm', ...figures })).toBe(0);
		expect(partProgress({ kind: 'mission', id: 'm', ...figures, correct: 1 })).toBe(100);
		expect(partProgress({ kind: 'deck', id: 'd', ...figures, total: 3 })).toBe(33);
		expect(partProgress({ kind: 'deck', id: 'd', ...figures, total: 0, seen: 0 })).toBe(0);
	});
});
