import { describe, expect, it } from 'vitest';
import { analysisReport, customerMetrics, DEFAULT_ANALYSIS } from '../analysis';
import type { AutomationRule } from '../automation';
import { generateDataset } from '../generate';
import { assignSegmentsByMean, DEFAULT_HIGH_FROM, SEGMENTS } from '../segments';
import { automationTarget, budgetShiftGain, churnedInTier } from './analysis-checks';
import { MISSION_CHECKS } from './registry';
import type { MissionAnswer, MissionData } from './types';

function shop(seed: number, customers: number, options = DEFAULT_ANALYSIS): MissionData {
	const ds = generateDataset({ seed, customers, today: 20_788 });
	const metrics = customerMetrics(ds, options);
	return { today: ds.today, customers: ds.customers, metrics, report: analysisReport(ds, metrics, options) };
}
const num = (value: number): MissionAnswer => ({ kind: 'number', value });
const data = shop(21, 2000);

describe('multi-step missions', () => {
	it('counts churned 金卡 members, and spots forgetting the tier filter', () => {
		const c = MISSION_CHECKS['tier-churned'];
		const params = { tier: '金卡', window: 90 };
		expect(c.check(data, params, num(churnedInTier(data, 2, 90))).correct).toBe(true);
		const all = [0, 1, 2, 3].reduce((n, t) => n + churnedInTier(data, t, 90), 0);
		expect(c.check(data, params, num(all)).diagnosis?.code).toBe('every-tier');
	});

	it('computes the budget shift as the LTV won minus the LTV Douyin stops winning', () => {
		const rows = data.report.channels;
		const douyin = rows.find((r) => r.channel === '抖音');
		const best = rows.reduce((a, b) => ((b.ratio ?? 0) > (a.ratio ?? 0) ? b : a));
		const moved = (douyin?.spend ?? 0) / 2;
		const gain = (moved / (best.cac ?? 1)) * best.ltv - (moved / (douyin?.cac ?? 1)) * (douyin?.ltv ?? 0);
		expect(budgetShiftGain(data, '抖音', 0.5)).toBeCloseTo(gain);
		expect(gain).toBeGreaterThan(0);
		const c = MISSION_CHECKS['budget-shift'];
		expect(c.check(data, { channel: '抖音', share: 0.5 }, num(Math.round(gain))).correct).toBe(true);
	});

	it('counts a segment by the mean convention whatever the learner has chosen, and says so when they forgot to switch', () => {
		const c = MISSION_CHECKS['mean-segment-count'];
		const s = SEGMENTS.indexOf('重要挽留客户');
		const byMean = assignSegmentsByMean(data.metrics.values).filter((x) => x === s).length;
		const byScores = data.metrics.segments.filter((x) => x === s).length;
		expect(byMean).not.toBe(byScores);
		expect(c.check(data, { segment: '重要挽留客户' }, num(byMean)).correct).toBe(true);
		expect(c.check(data, { segment: '重要挽留客户' }, num(byScores)).diagnosis?.code).toBe('score-method');
	});

	it('says which convention the segment count follows', () => {
		const c = MISSION_CHECKS['segment-count'];
		expect(c.subject?.(data, {})).toEqual({ convention: 'quintiles', highFrom: String(DEFAULT_HIGH_FROM) });
		const mean = shop(21, 2000, { ...DEFAULT_ANALYSIS, convention: 'mean' });
		expect(c.subject?.(mean, {}).convention).toBe('mean');
	});

	it('can solve the budgeted automation on shops of different sizes, and refuses a rule over budget', () => {
		const c = MISSION_CHECKS['automation-budget'];
		for (const d of [data, shop(5, 800), shop(9, 10_000)]) {
			const rules: AutomationRule[] = [];
			for (const inactiveDays of [20, 30, 45, 60])
				for (const coupon of [5, 10, 15, 20, 30])
					for (const maxInactiveDays of [60, 90, 120, null])
						if (maxInactiveDays === null || maxInactiveDays > inactiveDays)
							rules.push({ inactiveDays, maxInactiveDays, minOrders: 2, coupon });
			const passing = rules.filter((rule) => c.check(d, {}, { kind: 'rule', rule }).correct);
			expect(passing.length).toBeGreaterThan(0);
		}
		const { budget } = automationTarget(data);
		const lavish = c.check(
			data,
			{},
			{ kind: 'rule', rule: { inactiveDays: 0, maxInactiveDays: null, minOrders: 1, coupon: 200 } }
		);
		expect(lavish.correct).toBe(false);
		expect(lavish.diagnosis).toMatchObject({ code: 'over-budget', facts: { budget } });
	});
});
