/**
 * Customer lifetime value: 平均客单价 × 年购买次数 × 毛利率 × 预期年限 (the net profit a customer brings
 * over the relationship), and the LTV − CAC arithmetic.
 */
import type { RfmValues } from './rfm';

export interface ClvInputs {
	/** 元 per order */
	averageOrder: number;
	purchasesPerYear: number;
	/** 0–1 */
	margin: number;
	years: number;
}

export interface ClvSteps extends ClvInputs {
	/** 元: averageOrder × purchasesPerYear */
	revenuePerYear: number;
	/** 元: revenuePerYear × margin */
	profitPerYear: number;
	/** 元: profitPerYear × years */
	clv: number;
}

export class ClvError extends Error {
	override readonly name = 'ClvError';
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** CLV with every intermediate step; throws ClvError for negative inputs or a margin above 1. */
export function clvSteps(inputs: ClvInputs): ClvSteps {
	for (const [name, value] of Object.entries(inputs)) {
		if (!Number.isFinite(value) || value < 0)
			throw new ClvError(`${name} must be a number ≥ 0, got ${value}`);
	}
	if (inputs.margin > 1) throw new ClvError(`margin is a share from 0 to 1, got ${inputs.margin}`);
	const revenuePerYear = inputs.averageOrder * inputs.purchasesPerYear;
	const profitPerYear = revenuePerYear * inputs.margin;
	return {
		...inputs,
		revenuePerYear: round2(revenuePerYear),
		profitPerYear: round2(profitPerYear),
		clv: round2(profitPerYear * inputs.years)
	};
}

export interface ClvAssumptions {
	/** 0–1 */
	margin: number;
	/** expected years the relationship lasts */
	years: number;
}

export const DEFAULT_ASSUMPTIONS: ClvAssumptions = { margin: 0.3, years: 3 };

/** One customer's CLV inputs from their orders: purchases per year over their tenure (at least a quarter). */
export function customerClvInputs(
	values: RfmValues,
	i: number,
	joinDay: number,
	today: number,
	assumptions: ClvAssumptions
): ClvInputs {
	const f = values.frequency[i] ?? 0;
	const tenureYears = Math.max(0.25, (today - joinDay + 1) / 365);
	return {
		averageOrder: f > 0 ? round2((values.monetary[i] ?? 0) / f) : 0,
		purchasesPerYear: round2(f / tenureYears),
		...assumptions
	};
}

/** Every customer's CLV (元), for sorting and the CSV. */
export function clvColumn(
	values: RfmValues,
	joinDay: Int32Array,
	today: number,
	assumptions: ClvAssumptions
): Float64Array {
	const out = new Float64Array(joinDay.length);
	for (let i = 0; i < out.length; i++) {
		const x = customerClvInputs(values, i, joinDay[i] ?? today, today, assumptions);
		out[i] = round2(x.averageOrder * x.purchasesPerYear * x.margin * x.years);
	}
	return out;
}

export interface UnitEconomicsInputs {
	/** 元 a customer pays per year */
	revenuePerYear: number;
	years: number;
	/** 元 to win the customer */
	cac: number;
	/** 元 per year to serve the customer */
	serviceCostPerYear: number;
}

export interface UnitEconomics extends UnitEconomicsInputs {
	/** 元: revenuePerYear × years */
	lifetimeRevenue: number;
	/** 元: serviceCostPerYear × years */
	serviceCost: number;
	/** 元: lifetimeRevenue − serviceCost */
	ltv: number;
	/** 元: ltv − cac */
	ltvMinusCac: number;
	/** ltv / cac */
	ratio: number;
}

/** LTV net of service cost, LTV − CAC and LTV/CAC; throws ClvError for negative inputs or a zero CAC. */
export function unitEconomics(inputs: UnitEconomicsInputs): UnitEconomics {
	for (const [name, value] of Object.entries(inputs)) {
		if (!Number.isFinite(value) || value < 0)
			throw new ClvError(`${name} must be a number ≥ 0, got ${value}`);
	}
	if (inputs.cac === 0) throw new ClvError('CAC must be above 0 to divide by it');
	const lifetimeRevenue = inputs.revenuePerYear * inputs.years;
	const serviceCost = inputs.serviceCostPerYear * inputs.years;
	const ltv = lifetimeRevenue - serviceCost;
	return {
		...inputs,
		lifetimeRevenue: round2(lifetimeRevenue),
		serviceCost: round2(serviceCost),
		ltv: round2(ltv),
		ltvMinusCac: round2(ltv - inputs.cac),
		ratio: round2(ltv / inputs.cac)
	};
}
