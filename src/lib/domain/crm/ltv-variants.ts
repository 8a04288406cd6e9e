/**
 * One LTV (= CLV, 客户终身价值), read three ways side by side, as the gym article does: revenue over the
 * relationship, the same after the cost to serve, and optionally with yearly retention and discounting.
 * LTV/CAC is given for each variant, against the rule of thumb LTV/CAC ≥ 3.
 */
import { checkInputs, ClvError, round2 } from './clv';

/** The common rule of thumb: a channel or product is healthy when LTV/CAC is at least 3. */
export const LTV_CAC_RULE = 3;

/** How a ratio stands against the rule: ≥ 3 healthy, 1–3 thin, < 1 loses money on every customer. */
export type RatioStanding = 'healthy' | 'thin' | 'losing';

export function ratioStanding(ratio: number): RatioStanding {
	return ratio >= LTV_CAC_RULE ? 'healthy' : ratio >= 1 ? 'thin' : 'losing';
}

export interface LtvInputs {
	/** 元 a customer pays per year */
	revenuePerYear: number;
	/** years the relationship lasts */
	years: number;
	/** 元 to win the customer */
	cac: number;
	/** 元 per year to serve the customer */
	serviceCostPerYear: number;
}

export interface DiscountInputs {
	/** 0–1: the share of customers still there a year later */
	retention: number;
	/** 0–1 per year: what money a year from now is worth less than today */
	discountRate: number;
}

export interface LtvYear {
	/** 1 for the first year */
	year: number;
	/** 0–1: retention^(year − 1), the share of customers still there */
	survival: number;
	/** 1 / (1 + discountRate)^(year − 1) */
	discount: number;
	/** 元: (revenue − service cost) × survival × discount */
	value: number;
}

export interface LtvVariants extends LtvInputs {
	/** 元: revenuePerYear × years — "LTV" as the gym article reads it */
	revenueLtv: number;
	/** 元: serviceCostPerYear × years */
	serviceCost: number;
	/** 元: revenueLtv − serviceCost, LTV after the cost to serve */
	marginLtv: number;
	/** 元: marginLtv − cac, what is left after winning the customer too */
	afterCac: number;
	/** revenueLtv / cac */
	revenueRatio: number;
	/** marginLtv / cac */
	marginRatio: number;
	/** present only when retention and discounting were asked for */
	discounted: { rows: LtvYear[]; ltv: number; ratio: number } | null;
}

/** Every variant with its steps; throws ClvError for negative inputs, shares above 1 or a zero CAC. */
export function ltvVariants(inputs: LtvInputs, discounting: DiscountInputs | null = null): LtvVariants {
	checkInputs(inputs);
	if (inputs.cac === 0) throw new ClvError('zero', 'cac', 0);
	const revenueLtv = inputs.revenuePerYear * inputs.years;
	const serviceCost = inputs.serviceCostPerYear * inputs.years;
	const marginLtv = revenueLtv - serviceCost;
	return {
		...inputs,
		revenueLtv: round2(revenueLtv),
		serviceCost: round2(serviceCost),
		marginLtv: round2(marginLtv),
		afterCac: round2(marginLtv - inputs.cac),
		revenueRatio: round2(revenueLtv / inputs.cac),
		marginRatio: round2(marginLtv / inputs.cac),
		discounted: discounting ? discountedLtv(inputs, discounting) : null
	};
}

function discountedLtv(inputs: LtvInputs, d: DiscountInputs): NonNullable<LtvVariants['discounted']> {
	checkInputs(d, ['retention', 'discountRate']);
	const yearly = inputs.revenuePerYear - inputs.serviceCostPerYear;
	const rows: LtvYear[] = [];
	// A part year counts in proportion, so 2.5 years is two full years and half a third.
	for (let year = 1; year - 1 < inputs.years; year++) {
		const part = Math.min(1, inputs.years - (year - 1));
		const survival = Math.pow(d.retention, year - 1);
		const discount = 1 / Math.pow(1 + d.discountRate, year - 1);
		rows.push({ year, survival, discount, value: round2(yearly * part * survival * discount) });
	}
	const ltv = round2(rows.reduce((s, r) => s + r.value, 0));
	return { rows, ltv, ratio: round2(ltv / inputs.cac) };
}

export interface SpendHabit {
	/** orders per month (a range such as 1–2 is read at its middle) */
	ordersPerMonth: number;
	/** 元 per order */
	averageOrder: number;
}

export interface MembershipComparison {
	/** 元 per month */
	ordinaryMonthly: number;
	memberMonthly: number;
	/** 元 per year */
	ordinaryYearly: number;
	memberYearly: number;
	/** memberMonthly / ordinaryMonthly */
	multiple: number;
}

/** An ordinary customer's spending beside a paying member's, as in the fresh-food membership example. */
export function compareMembership(ordinary: SpendHabit, member: SpendHabit): MembershipComparison {
	checkInputs({ ...prefix('ordinary', ordinary), ...prefix('member', member) });
	const ordinaryMonthly = ordinary.ordersPerMonth * ordinary.averageOrder;
	const memberMonthly = member.ordersPerMonth * member.averageOrder;
	if (ordinaryMonthly === 0) throw new ClvError('zero', 'ordinaryMonthly', 0);
	return {
		ordinaryMonthly: round2(ordinaryMonthly),
		memberMonthly: round2(memberMonthly),
		ordinaryYearly: round2(ordinaryMonthly * 12),
		memberYearly: round2(memberMonthly * 12),
		multiple: round2(memberMonthly / ordinaryMonthly)
	};
}

const prefix = (name: string, habit: SpendHabit) => ({
	[`${name}.ordersPerMonth`]: habit.ordersPerMonth,
	[`${name}.averageOrder`]: habit.averageOrder
});
