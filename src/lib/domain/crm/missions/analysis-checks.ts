/** Missions that take two steps or more: combine filters, switch a convention, compute from figures shown apart, design under a budget. */
import { CHURN_WARNING, simulateRule, type AutomationRule } from '../automation';
import { CHANNELS, TIERS } from '../catalog';
import { assignSegmentsByMean, SEGMENTS } from '../segments';
import type { MissionCheck, MissionData } from './types';
import { MissionError } from './types';
import { choiceAnswer, near, numberAnswer, param, percent, right, wrong } from './verdicts';

const countSegment = (column: Uint8Array, s: number) => column.reduce((n, v) => n + (v === s ? 1 : 0), 0);

/** Customers of a tier with no order in the last `window` days (buyers only). */
export function churnedInTier(data: MissionData, tier: number, window: number): number {
	const { frequency, recency } = data.metrics.values;
	let n = 0;
	for (let i = 0; i < data.customers.count; i++)
		if (data.customers.tier[i] === tier && (frequency[i] ?? 0) > 0 && (recency[i] ?? 0) >= window) n += 1;
	return n;
}

export const tierChurned: MissionCheck = {
	answer: 'number',
	diagnoses: { 'every-tier': [], 'whole-tier': [], 'other-window': ['window'], steps: ['window'] },
	params: { tier: 'string', window: 'number' },
	allowed: { tier: TIERS },
	check(data, params, answer) {
		const given = numberAnswer(answer);
		const tier = TIERS.indexOf(param<string>(params, 'tier', 'string') as (typeof TIERS)[number]);
		const window = param<number>(params, 'window', 'number');
		const expected = churnedInTier(data, tier, window);
		if (given === expected) return right(String(expected), String(given));
		const everyTier = TIERS.reduce((n, _, t) => n + churnedInTier(data, t, window), 0);
		const inTier = data.customers.tier.reduce((n, t) => n + (t === tier ? 1 : 0), 0);
		const diagnosis =
			given === everyTier
				? { code: 'every-tier' }
				: given === inTier
					? { code: 'whole-tier' }
					: [60, 180].some((w) => w !== window && given === churnedInTier(data, tier, w))
						? { code: 'other-window', facts: { window } }
						: { code: 'steps', facts: { window } };
		return wrong(String(expected), String(given), diagnosis);
	}
};

export const repeatRate: MissionCheck = {
	answer: 'number',
	diagnoses: { 'all-customers': [], 'head-count': [], formula: [] },
	params: {},
	check(data, _params, answer) {
		const given = numberAnswer(answer);
		const f = data.metrics.values.frequency;
		const buyers = f.reduce((n, x) => n + (x > 0 ? 1 : 0), 0);
		const repeat = f.reduce((n, x) => n + (x >= 2 ? 1 : 0), 0);
		const rate = (repeat / Math.max(1, buyers)) * 100;
		const expected = rate.toFixed(1);
		if (near(given, rate, 0, 0.15)) return right(expected, String(given));
		const diagnosis = near(given, (repeat / Math.max(1, data.customers.count)) * 100, 0, 0.15)
			? { code: 'all-customers' }
			: given === repeat
				? { code: 'head-count' }
				: { code: 'formula' };
		return wrong(expected, String(given), diagnosis);
	}
};

export const cutChannel: MissionCheck = {
	answer: 'choice',
	diagnoses: { 'highest-cac': ['given'], 'another-lower': ['given', 'ratio'] },
	params: {},
	options: () => [...CHANNELS],
	check(data, _params, answer) {
		const given = choiceAnswer(answer);
		const rows = data.report.channels.filter((c) => c.ratio !== null);
		const worst = rows.reduce((a, b) => ((b.ratio ?? 0) < (a.ratio ?? 0) ? b : a));
		if (given === worst.channel) return right(worst.channel, given);
		const mine = data.report.channels.find((c) => c.channel === given);
		const costliest = rows.reduce((a, b) => ((b.cac ?? 0) > (a.cac ?? 0) ? b : a));
		const diagnosis =
			given === costliest.channel && given !== worst.channel
				? { code: 'highest-cac', facts: { given } }
				: { code: 'another-lower', facts: { given, ratio: mine?.ratio ?? '—' } };
		return wrong(worst.channel, given, diagnosis);
	}
};

/** 元 of LTV won by moving `share` of one channel's spend to the channel with the best LTV/CAC, CACs unchanged. */
export function budgetShiftGain(data: MissionData, from: string, share: number): number {
	const rows = data.report.channels.filter((c) => c.ratio !== null && c.cac);
	const source = rows.find((c) => c.channel === from);
	const best = rows.reduce((a, b) => ((b.ratio ?? 0) > (a.ratio ?? 0) ? b : a));
	if (!source?.cac || !best.cac) return 0;
	const moved = source.spend * share;
	return (moved / best.cac) * best.ltv - (moved / source.cac) * source.ltv;
}

export const budgetShift: MissionCheck = {
	answer: 'number',
	diagnoses: { 'gain-only': ['from'], steps: [] },
	params: { channel: 'string', share: 'number' },
	allowed: { channel: CHANNELS },
	check(data, params, answer) {
		const given = numberAnswer(answer);
		const from = param<string>(params, 'channel', 'string');
		const share = param<number>(params, 'share', 'number');
		const gain = budgetShiftGain(data, from, share);
		const expected = `${Math.round(gain)}`;
		if (near(given, gain, 0.02, 1)) return right(expected, String(given));
		const source = data.report.channels.find((c) => c.channel === from);
		const moved = (source?.spend ?? 0) * share;
		const lost = source?.cac ? (moved / source.cac) * source.ltv : 0;
		const diagnosis = near(given, gain + lost, 0.02, 1)
			? { code: 'gain-only', facts: { from } }
			: { code: 'steps' };
		return wrong(expected, String(given), diagnosis);
	}
};

export const meanWinBack: MissionCheck = {
	answer: 'number',
	diagnoses: { 'score-method': [], 'count-row': [] },
	params: { segment: 'string' },
	allowed: { segment: SEGMENTS },
	check(data, params, answer) {
		const given = numberAnswer(answer);
		const s = SEGMENTS.indexOf(param<string>(params, 'segment', 'string') as (typeof SEGMENTS)[number]);
		const expected = countSegment(assignSegmentsByMean(data.metrics.values), s);
		if (given === expected) return right(String(expected), String(given));
		const diagnosis =
			data.report.options.convention !== 'mean' && given === countSegment(data.metrics.segments, s)
				? { code: 'score-method' }
				: { code: 'count-row' };
		return wrong(String(expected), String(given), diagnosis);
	}
};

/** The mission's budget (元) and the extra returning customers it asks for, scaled to the shop's size. */
export function automationTarget(data: MissionData): { budget: number; extra: number } {
	const n = data.customers.count;
	return {
		budget: Math.max(500, Math.round((n * 1.5) / 100) * 100),
		extra: Math.max(2, Math.round(n / 400))
	};
}

const ruleText = (r: AutomationRule) =>
	`${r.inactiveDays}–${r.maxInactiveDays ?? '∞'}天未购, ≥${r.minOrders}单, ${r.coupon}元`;

export const automationBudget: MissionCheck = {
	answer: 'rule',
	diagnoses: {
		'over-budget': ['couponCost', 'budget'],
		'loses-money': ['extraRevenue', 'margin', 'couponCost', 'profit'],
		'too-few': ['extra', 'target']
	},
	params: {},
	subject: (data) => {
		const t = automationTarget(data);
		return { budget: String(t.budget), extra: String(t.extra) };
	},
	check(data, _params, answer) {
		const example = `${ruleText({ ...CHURN_WARNING, coupon: 5 })}…`;
		if (answer.kind === 'none') return wrong(example, '', null);
		if (answer.kind !== 'rule') throw new MissionError('needs-rule', answer.kind);
		const target = automationTarget(data);
		const tenure = data.customers.joinDay.map((d) => data.today - d);
		const margin = data.report.options.assumptions.margin;
		const out = simulateRule(answer.rule, data.metrics.values, tenure, margin);
		const extra = out.returningAfter - out.returningBefore;
		const given = ruleText(answer.rule);
		if (out.couponCost <= target.budget && out.profit > 0 && extra >= target.extra)
			return right(given, given);
		const diagnosis =
			out.couponCost > target.budget
				? { code: 'over-budget', facts: { couponCost: out.couponCost, budget: target.budget } }
				: out.profit <= 0
					? {
							code: 'loses-money',
							facts: {
								extraRevenue: out.extraRevenue,
								margin: percent(margin, 0),
								couponCost: out.couponCost,
								profit: out.profit
							}
						}
					: { code: 'too-few', facts: { extra: extra.toFixed(1), target: target.extra } };
		return wrong(example, given, diagnosis);
	}
};

export const neverPaid: MissionCheck = {
	answer: 'number',
	diagnoses: { 'paid-instead': [], formula: [] },
	params: { channel: 'string' },
	allowed: { channel: CHANNELS },
	check(data, params, answer) {
		const given = numberAnswer(answer);
		const name = param<string>(params, 'channel', 'string');
		const row = data.report.channels.find((c) => c.channel === name);
		const expected = (row?.conversions ?? 0) - (row?.paying ?? 0);
		if (given === expected) return right(String(expected), String(given));
		const diagnosis = given === row?.paying ? { code: 'paid-instead' } : { code: 'formula' };
		return wrong(String(expected), String(given), diagnosis);
	}
};
