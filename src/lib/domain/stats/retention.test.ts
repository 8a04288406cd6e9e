import { describe, expect, it } from 'vitest';
import { RETENTION_WEEKS, retention } from './retention';
import { BEIJING, DAY, beijing, reviewColumns, type AnswerSpec } from './test-factories';

// Wednesday 12 March 2025, 10:00 in Beijing; that week began on Monday 10 March.
const NOW = beijing(2025, 3, 12, 10);
const run = (answers: AnswerSpec[], weeks?: number) =>
	retention(reviewColumns(answers), NOW, 4, BEIJING, weeks);

describe('retention', () => {
	it('counts only answers to review-state cards and passes anything but Again', () => {
		const result = run([
			{ at: NOW - DAY, grade: 1 },
			{ at: NOW - DAY, grade: 2 },
			{ at: NOW - DAY, grade: 3 },
			{ at: NOW - DAY, grade: 4 },
			{ at: NOW - DAY, grade: 1, stateBefore: 0 },
			{ at: NOW - DAY, grade: 1, stateBefore: 1 },
			{ at: NOW - DAY, grade: 1, stateBefore: 3 }
		]);
		const week = result.weeks.at(-1);
		expect(week).toMatchObject({ date: '2025-03-10', passed: 3, total: 4, rate: 0.75 });
		expect(result.recent).toEqual({ passed: 3, total: 4, rate: 0.75 });
	});

	it('buckets by Monday-first study weeks, with 03:30 on Monday still in the week before', () => {
		const result = run([
			{ at: beijing(2025, 3, 10, 3, 30), grade: 1 },
			{ at: beijing(2025, 3, 10, 4), grade: 3 }
		]);
		expect(result.weeks.at(-1)).toMatchObject({ passed: 1, total: 1, rate: 1 });
		expect(result.weeks.at(-2)).toMatchObject({ date: '2025-03-03', passed: 0, total: 1, rate: 0 });
	});

	it('leaves empty weeks as gaps and ignores answers outside the window', () => {
		const result = run([
			{ at: NOW - 400 * DAY, grade: 1 },
			{ at: NOW + 3 * DAY, grade: 1 },
			{ at: NOW - 20 * DAY }
		]);
		expect(result.weeks).toHaveLength(RETENTION_WEEKS);
		expect(result.weeks.filter((w) => w.rate !== null)).toHaveLength(1);
		expect(result.weeks[0]?.rate).toBeNull();
		expect(result.overall).toEqual({ passed: 1, total: 1, rate: 1 });
	});

	it('limits the headline figure to the last 28 study days', () => {
		const result = run(
			[
				{ at: NOW - 27 * DAY, grade: 3 },
				{ at: NOW - 28 * DAY, grade: 1 }
			],
			12
		);
		expect(result.weeks).toHaveLength(12);
		expect(result.recent).toEqual({ passed: 1, total: 1, rate: 1 });
		expect(result.overall).toEqual({ passed: 1, total: 2, rate: 0.5 });
	});
});
