/** Missions on value: one customer's CLV, the top 5 % share, a channel's LTV/CAC, the worst CAC. */
import { CHANNELS, TIERS } from '../catalog';
import { customerClvInputs, clvSteps } from '../clv';
import { customerCode, customerName } from '../names';
import { segmentFlags, SEGMENTS } from '../segments';
import type { MissionCheck, MissionData } from './types';
import { choiceAnswer, near, numberAnswer, param, percent, right, wrong } from './verdicts';

/**
 * The mission's customer: the 金卡 member with three or more orders and the median spend, so the
 * numbers are typical. Tiers follow spend, not the RFM settings, so the customer stays the same
 * whatever thresholds the learner picks.
 */
export function clvSubject(data: MissionData): number {
	const { values } = data.metrics;
	const picked: number[] = [];
	const gold = TIERS.indexOf('金卡');
	for (let i = 0; i < data.customers.count; i++) {
		if (data.customers.tier[i] === gold && (values.frequency[i] ?? 0) >= 3) picked.push(i);
	}
	if (picked.length === 0)
		for (let i = 0; i < data.customers.count; i++) if ((values.frequency[i] ?? 0) > 0) picked.push(i);
	picked.sort((a, b) => (values.monetary[a] ?? 0) - (values.monetary[b] ?? 0) || a - b);
	return picked[Math.floor(picked.length / 2)] ?? 0;
}

const yuan = (x: number) => `${x.toFixed(2)}元`;

export const customerClv: MissionCheck = {
	answer: 'number',
	diagnoses: {
		'no-margin': ['margin'],
		'spent-so-far': [],
		'all-orders': ['orders', 'perYear'],
		'default-assumptions': [],
		steps: ['averageOrder', 'perYear']
	},
	params: { margin: 'number', years: 'number' },
	subject: (data) => {
		const i = clvSubject(data);
		return { customer: `${customerCode(i)} ${customerName(data.customers, i)}` };
	},
	check(data, params, answer) {
		const given = numberAnswer(answer);
		const i = clvSubject(data);
		const margin = param<number>(params, 'margin', 'number');
		const years = param<number>(params, 'years', 'number');
		const inputs = customerClvInputs(data.metrics.values, i, data.customers.joinDay[i] ?? 0, data.today, {
			margin,
			years
		});
		const steps = clvSteps(inputs);
		const expected = yuan(steps.clv);
		if (near(given, steps.clv, 0.01, 1)) return right(expected, yuan(given));
		const f = data.metrics.values.frequency[i] ?? 0;
		const diagnosis = near(given, steps.revenuePerYear * years, 0.01, 1)
			? { code: 'no-margin', facts: { margin: percent(margin, 0) } }
			: near(given, data.metrics.values.monetary[i] ?? 0, 0.01, 1)
				? { code: 'spent-so-far' }
				: near(given, inputs.averageOrder * f * margin * years, 0.01, 1)
					? { code: 'all-orders', facts: { orders: f, perYear: inputs.purchasesPerYear } }
					: near(given, data.metrics.clv[i] ?? 0, 0.01, 1)
						? { code: 'default-assumptions' }
						: {
								code: 'steps',
								facts: { averageOrder: inputs.averageOrder, perYear: inputs.purchasesPerYear }
							};
		return wrong(expected, yuan(given), diagnosis);
	}
};

/** Percentage points by which the top 5 % of spenders out-earn the 白金 tier's share of revenue. */
export const top5OverPlatinum: MissionCheck = {
	answer: 'number',
	diagnoses: { 'top-share-only': [], 'platinum-share-only': [], reversed: [], steps: [] },
	params: {},
	check(data, _params, answer) {
		const given = numberAnswer(answer);
		const top5 = data.report.top5Share * 100;
		const platinum = (data.report.pyramid.at(-1)?.revenueShare ?? 0) * 100;
		const gap = top5 - platinum;
		const expected = gap.toFixed(1);
		if (near(given, gap, 0, 0.15)) return right(expected, String(given));
		const diagnosis = near(given, top5, 0, 0.5)
			? { code: 'top-share-only' }
			: near(given, platinum, 0, 0.5)
				? { code: 'platinum-share-only' }
				: near(given, -gap, 0, 0.15)
					? { code: 'reversed' }
					: { code: 'steps' };
		return wrong(expected, String(given), diagnosis);
	}
};

export const worstCac: MissionCheck = {
	answer: 'choice',
	diagnoses: { 'biggest-spend': ['given'], 'another-higher': ['given', 'cac'] },
	params: {},
	options: () => [...CHANNELS],
	check(data, _params, answer) {
		const given = choiceAnswer(answer);
		const rows = data.report.channels.filter((c) => c.cac !== null);
		const worst = rows.reduce((a, b) => ((b.cac ?? 0) > (a.cac ?? 0) ? b : a));
		if (given === worst.channel) return right(worst.channel, given);
		const mine = data.report.channels.find((c) => c.channel === given);
		const biggest = rows.reduce((a, b) => (b.spend > a.spend ? b : a));
		const diagnosis =
			given === biggest.channel
				? { code: 'biggest-spend', facts: { given } }
				: { code: 'another-higher', facts: { given, cac: mine?.cac ?? '—' } };
		return wrong(worst.channel, given, diagnosis);
	}
};

/** A channel's LTV (元) under other assumptions: CLV is linear in margin × years. */
export function channelLtvAt(data: MissionData, channel: string, margin: number, years: number): number {
	const row = data.report.channels.find((c) => c.channel === channel);
	const base = data.report.options.assumptions;
	return ((row?.ltv ?? 0) * margin * years) / Math.max(1e-9, base.margin * base.years);
}

export const channelRatio: MissionCheck = {
	answer: 'number',
	diagnoses: {
		inverted: [],
		'current-assumptions': ['margin', 'years'],
		difference: [],
		steps: ['margin', 'years']
	},
	params: { channel: 'string', margin: 'number', years: 'number' },
	allowed: { channel: CHANNELS },
	check(data, params, answer) {
		const given = numberAnswer(answer);
		const name = param<string>(params, 'channel', 'string');
		const margin = param<number>(params, 'margin', 'number');
		const years = param<number>(params, 'years', 'number');
		const row = data.report.channels.find((c) => c.channel === name);
		const cac = row?.cac ?? 0;
		const ltv = channelLtvAt(data, name, margin, years);
		const ratio = cac > 0 ? ltv / cac : 0;
		const expected = ratio.toFixed(1);
		if (near(given, ratio, 0, 0.1)) return right(expected, String(given));
		const shown = row?.ratio ?? 0;
		const diagnosis =
			ratio > 0 && near(given, 1 / ratio, 0, 0.01)
				? { code: 'inverted' }
				: near(given, shown, 0, 0.1) && !near(shown, ratio, 0, 0.1)
					? { code: 'current-assumptions', facts: { margin: percent(margin, 0), years } }
					: near(given, ltv - cac, 0.01, 1)
						? { code: 'difference' }
						: { code: 'steps', facts: { margin: percent(margin, 0), years } };
		return wrong(expected, String(given), diagnosis);
	}
};

export const dedicatedService: MissionCheck = {
	answer: 'choice',
	diagnoses: { 'most-customers': ['given'], 'low-m': ['given'], 'another-more': ['given', 'share'] },
	params: {},
	options: () => [...SEGMENTS],
	check(data, _params, answer) {
		const given = choiceAnswer(answer);
		const rows = data.report.segments;
		const best = rows.reduce((a, b) => (b.revenueShare > a.revenueShare ? b : a));
		if (given === best.segment) return right(best.segment, given);
		const mine = rows.find((r) => r.segment === given);
		const most = rows.reduce((a, b) => (b.customers > a.customers ? b : a));
		const mineIndex = SEGMENTS.indexOf(given as (typeof SEGMENTS)[number]);
		const diagnosis =
			given === most.segment
				? { code: 'most-customers', facts: { given } }
				: mineIndex >= 0 && !segmentFlags(mineIndex).m
					? { code: 'low-m', facts: { given } }
					: { code: 'another-more', facts: { given, share: percent(mine?.revenueShare ?? 0) } };
		return wrong(best.segment, given, diagnosis);
	}
};
