/**
 * Marketing automation: an if-then rule (no order for N days → send a coupon) and its simulated
 * 30-day outcome. The outcome is an expected value from a simple response model, not a random draw,
 * so the same rule on the same data always gives the same result.
 */
import type { RfmValues } from './rfm';

export interface AutomationRule {
	/** the rule fires for customers whose last order is at least this many days ago */
	inactiveDays: number;
	/** …and fewer than this many days ago; null = no upper limit */
	maxInactiveDays: number | null;
	/** …who have placed at least this many orders */
	minOrders: number;
	/** 元 off the next order */
	coupon: number;
}

/** 流失预警客户: bought at least twice, but not in the last 30 days (after 90 days they count as lost). */
export const CHURN_WARNING: AutomationRule = {
	inactiveDays: 30,
	maxInactiveDays: 90,
	minOrders: 2,
	coupon: 50
};

/** Which part of a rule is out of range; the message layer words it. */
export type RuleProblem = 'inactive-days' | 'max-inactive-days' | 'min-orders' | 'coupon' | 'margin';

export class RuleError extends Error {
	override readonly name = 'RuleError';
	constructor(readonly problem: RuleProblem) {
		super(problem);
	}
}

export function checkRule(rule: AutomationRule): void {
	const whole = (x: number) => Number.isInteger(x) && x >= 0;
	if (!whole(rule.inactiveDays)) throw new RuleError('inactive-days');
	if (
		rule.maxInactiveDays !== null &&
		!(whole(rule.maxInactiveDays) && rule.maxInactiveDays > rule.inactiveDays)
	) {
		throw new RuleError('max-inactive-days');
	}
	if (!whole(rule.minOrders)) throw new RuleError('min-orders');
	if (!(Number.isFinite(rule.coupon) && rule.coupon >= 0 && rule.coupon <= 1000)) {
		throw new RuleError('coupon');
	}
}

/** Whether the rule fires for customer i. */
export function ruleMatches(rule: AutomationRule, values: RfmValues, i: number): boolean {
	const f = values.frequency[i] ?? 0;
	const r = values.recency[i] ?? -1;
	if (f === 0 || f < rule.minOrders || r < rule.inactiveDays) return false;
	return rule.maxInactiveDays === null || r < rule.maxInactiveDays;
}

/** Chance (0–1) that a customer orders in the next 30 days, without and with a coupon of `coupon` 元. */
export function returnChance(
	ordersPerMonth: number,
	recency: number,
	coupon: number
): { before: number; after: number } {
	const habit = 1 - Math.exp(-ordersPerMonth);
	const before = habit * Math.exp(-recency / 40);
	// Bigger coupons help less and less, and help the long gone least.
	const lift = 0.4 * (1 - Math.exp(-coupon / 30)) * Math.exp(-recency / 200);
	return { before, after: before + (1 - before) * lift };
}

export interface RuleOutcome {
	/** customers the rule reaches */
	targeted: number;
	/** expected buyers among them in 30 days without / with the rule */
	returningBefore: number;
	returningAfter: number;
	/** 0–1: returningBefore / targeted and returningAfter / targeted */
	retentionBefore: number;
	retentionAfter: number;
	/** 元 of orders that would not have happened without the coupon */
	extraRevenue: number;
	/** 0–1: the shop's margin on those orders */
	margin: number;
	/** 元: extraRevenue × margin, the profit the extra orders bring before coupons */
	extraMargin: number;
	/** 元 of coupons redeemed: every returning customer uses one, also those who would have come anyway */
	couponCost: number;
	/** 元: extraMargin − couponCost; a rule is good only when this is above 0 */
	profit: number;
}

/**
 * The expected 30-day outcome of the rule on every customer, judged on profit: the extra orders'
 * margin (0–1) minus every coupon redeemed. `tenureDays` is each customer's days since joining.
 */
export function simulateRule(
	rule: AutomationRule,
	values: RfmValues,
	tenureDays: Int32Array,
	margin: number
): RuleOutcome {
	checkRule(rule);
	if (!(margin >= 0 && margin <= 1)) throw new RuleError('margin');
	let targeted = 0;
	let before = 0;
	let after = 0;
	let extraRevenue = 0;
	for (let i = 0; i < tenureDays.length; i++) {
		if (!ruleMatches(rule, values, i)) continue;
		const f = values.frequency[i] ?? 0;
		const perMonth = f / Math.max(1, (tenureDays[i] ?? 30) / 30);
		const chance = returnChance(perMonth, values.recency[i] ?? 0, rule.coupon);
		const basket = (values.monetary[i] ?? 0) / f;
		targeted += 1;
		before += chance.before;
		after += chance.after;
		extraRevenue += (chance.after - chance.before) * basket;
	}
	const couponCost = after * rule.coupon;
	const round = (x: number) => Math.round(x);
	return {
		targeted,
		returningBefore: Math.round(before * 10) / 10,
		returningAfter: Math.round(after * 10) / 10,
		retentionBefore: targeted ? before / targeted : 0,
		retentionAfter: targeted ? after / targeted : 0,
		extraRevenue: round(extraRevenue),
		margin,
		extraMargin: round(extraRevenue * margin),
		couponCost: round(couponCost),
		profit: round(extraRevenue * margin - couponCost)
	};
}
