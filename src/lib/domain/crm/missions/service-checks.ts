/** Missions on service and sales: NPS, the weakest service channel, the weakest funnel step, the churn-warning rule. */
import { CHURN_WARNING, ruleMatches, simulateRule, type AutomationRule } from '../automation';
import { FUNNEL_STAGES, TICKET_CHANNELS } from '../catalog';
import { weakestStep } from '../funnel';
import type { MissionCheck, MissionData } from './types';
import { MissionError } from './types';
import { choiceAnswer, near, numberAnswer, percent, right, wrong } from './verdicts';

export const npsScore: MissionCheck = {
	answer: 'number',
	params: {},
	check(data, _params, answer) {
		const given = numberAnswer(answer);
		const { answers, promoters, passives, detractors, score } = data.report.nps;
		const expected = score.toFixed(1);
		if (near(given, score, 0, 0.5)) return right(expected, String(given));
		const pct = (n: number) => (n / Math.max(1, answers)) * 100;
		const diagnosis = near(given, pct(promoters), 0, 0.5)
			? {
					zh: `你只算了推荐者的比例，还要减去贬损者（0–6分）的比例。`,
					en: `You took the share of promoters only; subtract the share of detractors (scores 0–6).`
				}
			: near(given, pct(promoters + passives) - pct(detractors), 0, 0.5)
				? {
						zh: `7分和8分是中立者，不算推荐者。推荐者只有9分和10分。`,
						en: `Scores of 7 and 8 are passives, not promoters; only 9 and 10 count as promoters.`
					}
				: given === promoters - detractors
					? {
							zh: `NPS 用的是百分比，不是人数之差。`,
							en: `NPS uses percentages, not the difference in head counts.`
						}
					: { zh: `NPS = 推荐者% − 贬损者%。`, en: `NPS = % promoters − % detractors.` };
		return wrong(expected, String(given), diagnosis);
	}
};

export const worstServiceChannel: MissionCheck = {
	answer: 'choice',
	params: {},
	options: () => [...TICKET_CHANNELS],
	check(data, _params, answer) {
		const given = choiceAnswer(answer);
		const rows = data.report.serviceByChannel;
		const worst = rows.reduce((a, b) => (b.satisfaction < a.satisfaction ? b : a));
		if (given === worst.key) return right(worst.key, given);
		const mine = rows.find((r) => r.key === given);
		return wrong(worst.key, given, {
			zh: `${given}的平均满意度是 ${mine?.satisfaction}，不是两个渠道里较低的那个。`,
			en: `${given} averages ${mine?.satisfaction}; that is not the lower of the two.`
		});
	}
};

export const weakestFunnelStep: MissionCheck = {
	answer: 'choice',
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
				? {
						zh: `合同签约的人数最少，可是转化率要跟上一步比，不是跟第一步比。`,
						en: `合同签约 has the fewest leads, but a step's conversion compares it with the step before, not with the first.`
					}
				: {
						zh: `进入${given}的转化率是 ${percent(mine?.fromPrevious ?? 0)}，还有一步更低。`,
						en: `${given} converts ${percent(mine?.fromPrevious ?? 0)} from the step before; another step is lower.`
					};
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
				? {
						zh: `这条规则也发给了 ${recent} 位最近30天内刚买过的客户，他们不需要挽回。`,
						en: `The rule also reaches ${recent} customers who bought in the last 30 days; they need no win-back.`
					}
				: lost > 0
					? {
							zh: `有 ${lost} 位客户超过90天没买，他们已经是流失客户，不是预警客户。`,
							en: `${lost} of them have not bought for 90 days or more: they are already lost, not at risk.`
						}
					: once > 0
						? {
								zh: `有 ${once} 位客户只买过一次；流失预警指的是曾经活跃（至少两单）的客户。`,
								en: `${once} of them bought only once; 流失预警 means customers who were active (two orders or more).`
							}
						: missed > 0
							? {
									zh: `还漏掉了 ${missed} 位流失预警客户。`,
									en: `It misses ${missed} customers at risk of churning.`
								}
							: {
									zh: `按 ${percent(outcome.margin, 0)} 的利润率，多出的订单只带来 ${outcome.extraMargin}元利润，优惠券却花了 ${outcome.couponCost}元：利润 ${outcome.profit}元，规则在亏钱。`,
									en: `At a ${percent(outcome.margin, 0)} margin the extra orders bring ${outcome.extraMargin} 元 of profit, but the coupons cost ${outcome.couponCost} 元: ${outcome.profit} 元, so the rule loses money.`
								};
		return wrong(expected, given, diagnosis);
	}
};
