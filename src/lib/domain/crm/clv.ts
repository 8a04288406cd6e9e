/**
 * Customer lifetime value (CLV and LTV are two names for one figure, 客户终身价值): the shop's
 * per-customer formula 客单价 × 年购买次数 × 利润率 × 年限. The revenue-based and margin-based
 * variants and LTV/CAC live in ltv-variants.ts.
 */
import { roundHalfUp } from './rounding';
import type { RfmValues } from './rfm';

export interface ClvInputs {
	/** 元 per order */
	averageOrder: number;
	purchasesPerYear: number;
	/** 0–1: the profit share of revenue (the tea-shop article calls it 净利率, net margin) */
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

/** Why an input was refused: a code and the field, for the message layer to word. */
export type InputProblem = 'notNumber' | 'negative' | 'shareAbove1' | 'zero';

export class ClvError extends Error {
	override readonly name = 'ClvError';
	constructor(
		readonly problem: InputProblem,
		readonly field: string,
		readonly value: number
	) {
		super(`${field}: ${problem} (${value})`);
	}
}

/** Throws ClvError unless every value is a finite number ≥ 0 and every share is at most 1. */
export function checkInputs(inputs: object, shares: readonly string[] = []): void {
	for (const [field, value] of Object.entries(inputs)) {
		if (typeof value !== 'number' || !Number.isFinite(value)) throw new ClvError('notNumber', field, NaN);
		if (value < 0) throw new ClvError('negative', field, value);
		if (shares.includes(field) && value > 1) throw new ClvError('shareAbove1', field, value);
	}
}

export const round2 = (x: number) => roundHalfUp(x * 100) / 100;

/** CLV with every intermediate step; throws ClvError for negative inputs or a margin above 1. */
export function clvSteps(inputs: ClvInputs): ClvSteps {
	checkInputs(inputs, ['margin']);
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

/** Days of joining history whose tenure is looked up rather than worked out per customer. */
const MAX_TENURE_TABLE = 1 << 16;

/** Every customer's CLV (元), for sorting and the CSV. */
export function clvColumn(
	values: RfmValues,
	joinDay: Int32Array,
	today: number,
	assumptions: ClvAssumptions
): Float64Array {
	const n = joinDay.length;
	const out = new Float64Array(n);
	const { margin, years } = assumptions;
	const { frequency, monetary } = values;
	let first = today;
	for (let i = 0; i < n; i++) first = Math.min(first, joinDay[i] ?? today);
	first = Math.max(first, today - MAX_TENURE_TABLE);
	// Tenure depends on the join day alone: worked out once per day, not once per customer.
	const tenure = Float64Array.from({ length: today - first + 1 }, (_, d) =>
		Math.max(0.25, (today - (first + d) + 1) / 365)
	);
	for (let i = 0; i < n; i++) {
		// customerClvInputs written out, in the same order of operations: no object per customer.
		const f = frequency[i] ?? 0;
		const join = joinDay[i] ?? today;
		const tenureYears =
			join >= first && join <= today ? (tenure[join - first] ?? 0) : Math.max(0.25, (today - join + 1) / 365);
		const averageOrder = f > 0 ? round2((monetary[i] ?? 0) / f) : 0;
		out[i] = round2(averageOrder * round2(f / tenureYears) * margin * years);
	}
	return out;
}
