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
				? {
						zh: `这是所有等级的流失客户；还要按会员等级筛选。`,
						en: `That is churned customers of every tier; filter by the tier too.`
					}
				: given === inTier
					? {
							zh: `这是这个等级的全部客户；还要只留下已经流失的。`,
							en: `That is everyone in the tier; keep only those who have churned.`
						}
					: [60, 180].some((w) => w !== window && given === churnedInTier(data, tier, w))
						? {
								zh: `流失窗口要设成 ${window} 天，不是别的天数。`,
								en: `Set the churn window to ${window} days, not another length.`
							}
						: {
								zh: `两步：按会员等级筛选，再筛选“已流失”（${window} 天没有下单）。`,
								en: `Two steps: filter by tier, then by “churned” (no order for ${window} days).`
							};
		return wrong(String(expected), String(given), diagnosis);
	}
};

export const repeatRate: MissionCheck = {
	answer: 'number',
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
			? {
					zh: `分母只算下过单的客户，还没买过的“陌生”客户不算。`,
					en: `Divide by customers who have ordered; the 陌生 customers, who never bought, do not count.`
				}
			: given === repeat
				? {
						zh: `这是人数；问题问的是百分比。`,
						en: `That is a head count; the question asks for a percentage.`
					}
				: {
						zh: `复购率 = 买过两次及以上的客户 ÷ 下过单的客户。`,
						en: `Repeat rate = customers with two orders or more ÷ customers who have ordered.`
					};
		return wrong(expected, String(given), diagnosis);
	}
};

export const cutChannel: MissionCheck = {
	answer: 'choice',
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
				? {
						zh: `${given}的 CAC 最高，但要看的是 LTV ÷ CAC：客户带来的价值也算进去。`,
						en: `${given} has the highest CAC, but judge by LTV ÷ CAC: what its customers bring counts too.`
					}
				: {
						zh: `${given}的 LTV/CAC 是 ${mine?.ratio ?? '—'}；还有一个渠道更低。`,
						en: `${given}'s LTV/CAC is ${mine?.ratio ?? '—'}; another channel's is lower.`
					};
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
			? {
					zh: `你只算了新渠道多赢来的 LTV，还要减去${from}少赢的那部分。`,
					en: `You counted the LTV the new channel wins but not what ${from} stops winning; subtract that.`
				}
			: {
					zh: `三步：转走的投放 ÷ 各自的 CAC = 客户数；客户数 × 各自的 LTV；两者相减。`,
					en: `Three steps: moved spend ÷ each CAC = customers; customers × each LTV; subtract.`
				};
		return wrong(expected, String(given), diagnosis);
	}
};

export const meanWinBack: MissionCheck = {
	answer: 'number',
	params: { segment: 'string' },
	allowed: { segment: SEGMENTS },
	check(data, params, answer) {
		const given = numberAnswer(answer);
		const s = SEGMENTS.indexOf(param<string>(params, 'segment', 'string') as (typeof SEGMENTS)[number]);
		const expected = countSegment(assignSegmentsByMean(data.metrics.values), s);
		if (given === expected) return right(String(expected), String(given));
		const diagnosis =
			data.report.options.convention !== 'mean' && given === countSegment(data.metrics.segments, s)
				? {
						zh: `这是按分数划分的人数；先在 RFM 分析里改用均值法。`,
						en: `That is the count by scores; switch the RFM analysis to the mean convention first.`
					}
				: {
						zh: `改用均值法后，看这一类客户的人数。`,
						en: `After switching to the mean convention, read this segment's count.`
					};
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
				? {
						zh: `优惠券成本 ${out.couponCost}元，超过了 ${target.budget}元的预算：缩小人群或者减小面额。`,
						en: `Coupons cost ${out.couponCost} 元, over the ${target.budget} 元 budget: narrow the group or lower the coupon.`
					}
				: out.profit <= 0
					? {
							zh: `利润 = ${out.extraRevenue}元 × ${percent(margin, 0)} − ${out.couponCost}元 = ${out.profit}元，不赚钱。`,
							en: `Profit = ${out.extraRevenue} 元 × ${percent(margin, 0)} − ${out.couponCost} 元 = ${out.profit} 元: no gain.`
						}
					: {
							zh: `只多回来 ${extra.toFixed(1)} 位客户，目标是 ${target.extra} 位：扩大人群或者加大面额。`,
							en: `Only ${extra.toFixed(1)} extra customers come back; the target is ${target.extra}: widen the group or raise the coupon.`
						};
		return wrong(example, given, diagnosis);
	}
};

export const neverPaid: MissionCheck = {
	answer: 'number',
	params: { channel: 'string' },
	allowed: { channel: CHANNELS },
	check(data, params, answer) {
		const given = numberAnswer(answer);
		const name = param<string>(params, 'channel', 'string');
		const row = data.report.channels.find((c) => c.channel === name);
		const expected = (row?.conversions ?? 0) - (row?.paying ?? 0);
		if (given === expected) return right(String(expected), String(given));
		const diagnosis =
			given === row?.paying
				? {
						zh: `这是付过款的客户；问题问的是没付过款的。`,
						en: `Those are the customers who paid; the question asks for those who never did.`
					}
				: {
						zh: `新客户 − 付费客户 = 从没下过单的客户。`,
						en: `New customers − paying customers = those who never ordered.`
					};
		return wrong(String(expected), String(given), diagnosis);
	}
};
