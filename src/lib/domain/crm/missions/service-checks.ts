/** Missions on service and sales: NPS, the weakest service channel, the weakest funnel step, the churn-warning rule. */
import { CHURN_WARNING, ruleMatches, simulateRule, type AutomationRule } from '../automation';
import { FUNNEL_STAGES, TICKET_CHANNELS } from '../catalog';
import { weakestStep } from '../funnel';
import type { MissionCheck, MissionData } from './types';
import { MissionError } from './types';
import { choiceAnswer, near, numberAnswer, percent, right, wrong } from './verdicts';

export const npsScore: MissionCheck = {
	answer: 'number',
	diagnoses: { 'promoters-only': [], 'passives-as-promoters': [], 'head-counts': [], formula: [] },
	params: {},
	check(data, _params, answer) {
		const given = numberAnswer(answer);
		const { answers, promoters, passives, detractors, score } = data.report.nps;
		const expected = score.toFixed(1);
		if (near(given, score, 0, 0.5)) return right(expected, String(given));
		const pct = (n: number) => (n / Math.max(1, answers)) * 100;
		const diagnosis = near(given, pct(promoters), 0, 0.5)
			? { code: 'promoters-only' }
			: near(given, pct(promoters + passives) - pct(detractors), 0, 0.5)
				? { code: 'passives-as-promoters' }
				: given === promoters - detractors
					? { code: 'head-counts' }
					: { code: 'formula' };
		return wrong(expected, String(given), diagnosis);
	}
};

export const worstServiceChannel: MissionCheck = {
	answer: 'choice',
	diagnoses: { 'higher-channel': ['given', 'satisfaction'] },
	params: {},
	options: () => [...TICKET_CHANNELS],
	check(data, _params, answer) {
		const given = choiceAnswer(answer);
		const rows = data.report.serviceByChannel;
		const worst = rows.reduce((a, b) => (b.satisfaction < a.satisfaction ? b : a));
		if (given === worst.key) return right(worst.key, given);
		const mine = rows.find((r) => r.key === given);
		return wrong(worst.key, given, {
			code: 'higher-channel',
			facts: { given, satisfaction: mine?.satisfaction }
		});
	}
};

export const weakestFunnelStep: MissionCheck = {
	answer: 'choice',
	diagnoses: { 'fewest-not-lowest': [], 'another-lower': ['given', 'rate'] },
	params: {},
	options: () => FUNNEL_STAGES.slice(1),
	check(data, _params, answer) {
		const given = choiceAnswer(answer);
		const steps = data.report.funnel;
		const worst = steps[weakestStep(steps)];
		const expected = worst?.stage ?? '';
		if (given === expected) return right(expected, given);
		const mine = steps.find((s) => s.stage === given);
		const diagnosis =
			given === FUNNEL_STAGES.at(-1) && mine && worst && mine.fromPrevious > worst.fromPrevious
				? { code: 'fewest-not-lowest' }
				: { code: 'another-lower', facts: { given, rate: percent(mine?.fromPrevious ?? 0) } };
		return wrong(expected, given, diagnosis);
	}
};

const describeRule = (r: AutomationRule) =>
	`${r.inactiveDays}–${r.maxInactiveDays ?? '∞'}天未购, ≥${r.minOrders}单, ${r.coupon}元`;

/** The churn-warning rule with the coupon (whole 元, 1–50) that earns the most at the shop's margin. */
export function bestChurnWarningRule(data: MissionData): AutomationRule {
	const tenure = data.customers.joinDay.map((d) => data.today - d);
	const margin = data.report.options.assumptions.margin;
	let best = { ...CHURN_WARNING, coupon: 1 };
	let most = -Infinity;
	for (let coupon = 1; coupon <= 50; coupon++) {
		const profit = simulateRule({ ...CHURN_WARNING, coupon }, data.metrics.values, tenure, margin).profit;
		if (profit > most) [best, most] = [{ ...CHURN_WARNING, coupon }, profit];
	}
	return best;
}

export const churnWarningRule: MissionCheck = {
	answer: 'rule',
	diagnoses: {
		'reaches-recent': ['recent'],
		'reaches-lost': ['lost'],
		'reaches-one-time': ['once'],
		misses: ['missed'],
		'loses-money': ['margin', 'extraMargin', 'couponCost', 'profit']
	},
	params: {},
	check(data, _params, answer) {
		if (answer.kind === 'none') return wrong(describeRule(bestChurnWarningRule(data)), '', null);
		const expected = describeRule(CHURN_WARNING);
		if (answer.kind !== 'rule') throw new MissionError('needs-rule', answer.kind);
		const rule = answer.rule;
		const { values } = data.metrics;
		const tenure = data.customers.joinDay.map((d) => data.today - d);
		const outcome = simulateRule(rule, values, tenure, data.report.options.assumptions.margin);
		let recent = 0;
		let lost = 0;
		let once = 0;
		let missed = 0;
		for (let i = 0; i < data.customers.count; i++) {
			const mine = ruleMatches(rule, values, i);
			const want = ruleMatches(CHURN_WARNING, values, i);
			if (want && !mine) missed += 1;
			if (!mine || want) continue;
			const r = values.recency[i] ?? 0;
			if (r < CHURN_WARNING.inactiveDays) recent += 1;
			else if (r >= (CHURN_WARNING.maxInactiveDays ?? Infinity)) lost += 1;
			else once += 1;
		}
		const given = describeRule(rule);
		if (recent + lost + once + missed === 0 && outcome.profit > 0) return right(given, given);
		const diagnosis =
			recent > 0
				? { code: 'reaches-recent', facts: { recent } }
				: lost > 0
					? { code: 'reaches-lost', facts: { lost } }
					: once > 0
						? { code: 'reaches-one-time', facts: { once } }
						: missed > 0
							? { code: 'misses', facts: { missed } }
							: {
									code: 'loses-money',
									facts: {
										margin: percent(outcome.margin, 0),
										extraMargin: outcome.extraMargin,
										couponCost: outcome.couponCost,
										profit: outcome.profit
									}
								};
		return wrong(expected, given, diagnosis);
	}
};
