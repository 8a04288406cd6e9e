import { describe, expect, it } from 'vitest';
import type { CardState } from '../scheduling/types';
import { aggregate, type StatsInput } from './aggregate';
import { BEIJING, DAY, HOUR, aStatsCard, beijing, reviewColumns } from './test-factories';
import type { StatsCard } from './types';

// Wednesday 12 March 2025, 10:00 in Beijing; that study day began at 04:00.
const NOW = beijing(2025, 3, 12, 10);
const TODAY_START = beijing(2025, 3, 12, 4);

function input(overrides: Partial<StatsInput> = {}): StatsInput {
	return {
		reviews: reviewColumns([]),
		cards: [],
		levelOf: { a: 'A1', b: 'B1' },
		totalCardsByLevel: { A1: 5, B1: 5 },
		now: NOW,
		rolloverHour: 4,
		utcOffsetMinutes: BEIJING,
		...overrides
	};
}

describe('aggregate', () => {
	it('runs every stat and survives a round trip through structured clone', () => {
		const report = aggregate(
			input({
				reviews: reviewColumns([{ at: NOW - HOUR }, { at: NOW - DAY, grade: 1 }]),
				cards: [
					aStatsCard('a:recall', NOW, { stability: 30 }),
					aStatsCard('b:recall', NOW + DAY, { state: 1 }),
					aStatsCard('gone:recall', NOW)
				]
			})
		);
		expect(report.totalReviews).toBe(2);
		expect(report.heatmap.reviewsToday).toBe(1);
		expect(report.retention.recent).toEqual({ passed: 1, total: 2, rate: 0.5 });
		expect(report.forecast.due.slice(0, 2)).toEqual([2, 1]);
		expect(report.cardStates).toMatchObject({ new: 8, learning: 1, review: 1, total: 10 });
		expect(report.mastery.map((m) => [m.level, m.mastered])).toEqual([
			['A1', 1],
			['B1', 0]
		]);
		expect(structuredClone(report)).toEqual(report);
	});

	it('does not mistake inherited property names for items', () => {
		const report = aggregate(input({ cards: [aStatsCard('constructor:recall', NOW)] }));
		expect(report.cardStates.review).toBe(0);
	});

	it('aggregates 1,000,000 answers and 60,000 cards to the known totals', () => {
		const N = 1_000_000;
		const SPAN_DAYS = 500;
		const reviewedAt = new Float64Array(N);
		const grade = new Uint8Array(N);
		const stateBefore = new Uint8Array(N);
		for (let i = 0; i < N; i++) {
			// 2,000 answers (j) on each of the last 500 study days (d), spread over the day's 24 hours.
			const d = i % SPAN_DAYS;
			const j = Math.floor(i / SPAN_DAYS);
			reviewedAt[i] = TODAY_START - d * DAY + (j % 24) * HOUR;
			stateBefore[i] = j % 2 === 0 ? 2 : j % 4 === 1 ? 0 : 1;
			grade[i] = j % 10 === 0 ? 1 : 3;
		}
		const ITEMS = 12_000;
		const levels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
		const levelOf = Object.fromEntries(
			Array.from({ length: ITEMS }, (_, i) => [`item-${i}`, levels[i % 6]!])
		);
		const cards: StatsCard[] = Array.from({ length: 60_000 }, (_, i) =>
			aStatsCard(`item-${i % ITEMS}:t${Math.floor(i / ITEMS)}`, NOW + (i % 40) * DAY, {
				state: (i % 4) as CardState,
				stability: i % 2 === 0 ? 30 : 5,
				suspended: i % 100 === 99 ? 1 : 0
			})
		);
		const report = aggregate(
			input({
				reviews: { reviewedAt, grade, stateBefore },
				cards,
				levelOf,
				totalCardsByLevel: Object.fromEntries(levels.map((l) => [l, 12_000]))
			})
		);

		expect(report.totalReviews).toBe(N);
		expect(report.heatmap.total).toBe(365 * 2_000);
		expect(report.heatmap.reviewsToday).toBe(2_000);
		expect(report.heatmap.streak).toBe(SPAN_DAYS);
		expect(report.heatmap.activeDays).toBe(365);
		expect(report.heatmap.busiest?.count).toBe(2_000);
		// Half of each day's answers are to review cards; one in five of those (j % 10 === 0) is Again.
		const recent = report.retention.recent;
		expect(recent.total).toBe(28 * 1_000);
		expect(recent.passed).toBe(28 * 800);
		const weeks = report.retention.weeks;
		expect(weeks.reduce((sum, w) => sum + w.total, 0)).toBe((25 * 7 + 3) * 1_000);
		expect(weeks.every((w) => w.rate === 0.8)).toBe(true);

		// Cards: i % 4 gives the state; one in a hundred (i % 100 === 99, so relearning) is suspended.
		expect(report.cardStates).toEqual({
			new: 72_000 - 45_000,
			learning: 15_000,
			review: 15_000,
			relearning: 15_000 - 600,
			suspended: 600,
			total: 72_000
		});
		// Due i % 40 days ahead: studied, unsuspended cards due within 30 days.
		const dueSoon = cards.filter((c, i) => c.state !== 0 && !c.suspended && i % 40 < 30).length;
		expect(report.forecast.total).toBe(dueSoon);
		expect(report.forecast.due[0]).toBe(
			cards.filter((c, i) => c.state !== 0 && !c.suspended && i % 40 === 0).length
		);
		expect(report.mastery).toHaveLength(6);
		expect(report.mastery.reduce((sum, m) => sum + m.learned, 0)).toBe(30_000);
		expect(report.mastery.reduce((sum, m) => sum + m.mastered, 0)).toBe(15_000);
	});
});
