/**
 * The order rows, drawn customer by customer. The random source is counter-based and each buying
 * customer takes a known number of draws (2 + 4 per order), so any run of customers can be drawn
 * on its own, from its own counter, and gives the very rows the whole loop would: the simulator
 * worker draws one part and a second worker the other.
 */
import { roundHalfUp } from './rounding';
import { STEP, unitAt } from './random';

/** The draws one buying customer takes: 2 for the basket, 1 per gap and 3 per order. */
const BASKET_DRAWS = 2;
const DRAWS_PER_ORDER = 4;

/** What the order rows of a run of customers are drawn from; every column covers those customers only. */
export interface OrderPart {
	/** row numbers in the whole table: customer j's rows are orderStart[j] to orderStart[j + 1] − 1 (length customers + 1) */
	orderStart: Int32Array;
	/** customer value, 0 for a customer who never bought */
	value: Float64Array;
	/** last day the customer is still buying */
	lastDay: Int32Array;
	joinDay: Int32Array;
	/** the random counter before the part's first draw */
	state: number;
}

/** The part's order rows, row 0 being the part's first row (orderStart[0] in the whole table). */
export interface OrderRows {
	day: Int32Array;
	/** 元 */
	amount: Float64Array;
	items: Uint8Array;
}

/** The counter moved on by `draws` draws, as `draws` steps of (s + STEP) | 0 would move it. */
export function counterAfter(state: number, draws: number): number {
	return (state + Math.imul(STEP, draws)) | 0;
}

/** Draws taken by the customers with the given order starts (length customers + 1). */
export function orderDraws(orderStart: Int32Array): number {
	const n = orderStart.length - 1;
	let buyers = 0;
	for (let i = 0; i < n; i++) buyers += Number((orderStart[i + 1] ?? 0) > (orderStart[i] ?? 0));
	return BASKET_DRAWS * buyers + DRAWS_PER_ORDER * ((orderStart[n] ?? 0) - (orderStart[0] ?? 0));
}

/** Empty row columns for `count` orders. */
export function orderRows(count: number): OrderRows {
	return { day: new Int32Array(count), amount: new Float64Array(count), items: new Uint8Array(count) };
}

/**
 * Splits customers from..to − 1 into `parts` runs of about equal draws (the work follows the
 * draws), each with the counter it starts from. `state` is the counter before customer `from`.
 */
export function splitOrderParts(
	columns: Omit<OrderPart, 'state'>,
	state: number,
	parts: number
): OrderPart[] {
	const { orderStart } = columns;
	const n = orderStart.length - 1;
	const total = orderDraws(orderStart);
	const out: OrderPart[] = [];
	let from = 0;
	let drawn = 0;
	let s = state;
	for (let p = 1; p <= parts; p++) {
		let to = from;
		const goal = p === parts ? Infinity : (total * p) / parts;
		while (to < n && drawn < goal) {
			const c = (orderStart[to + 1] ?? 0) - (orderStart[to] ?? 0);
			drawn += c > 0 ? BASKET_DRAWS + DRAWS_PER_ORDER * c : 0;
			to++;
		}
		out.push({
			orderStart: columns.orderStart.subarray(from, to + 1),
			value: columns.value.subarray(from, to),
			lastDay: columns.lastDay.subarray(from, to),
			joinDay: columns.joinDay.subarray(from, to),
			state: s
		});
		s = counterAfter(state, drawn);
		from = to;
	}
	return out;
}

/**
 * Draws the part's orders into `rows` (indexed from the part's first row) and returns the counter
 * after its last draw. Per customer the draws come in a fixed order: 2 for the basket, c for the
 * gaps, 3 per order. Box–Muller (as in boxMuller) is written out in place, so no call is left in the loop.
 */
export function drawOrders(part: OrderPart, rows: OrderRows, onProgress?: (done: number) => void): number {
	const { orderStart, value, lastDay, joinDay } = part;
	const { day, amount, items } = rows;
	const n = orderStart.length - 1;
	const base = orderStart[0] ?? 0;
	let most = 1;
	for (let i = 0; i < n; i++) most = Math.max(most, (orderStart[i + 1] ?? 0) - (orderStart[i] ?? 0));
	const gaps = new Float64Array(most + 1);
	const turn = 2 * Math.PI;
	let s = part.state;
	for (let i = 0; i < n; i++) {
		const start = (orderStart[i] ?? 0) - base;
		const c = (orderStart[i + 1] ?? 0) - base - start;
		if (c === 0) continue;
		const first = joinDay[i] ?? 0;
		const span = (lastDay[i] ?? first) - first;
		const b1 = 1 - unitAt((s = (s + STEP) | 0));
		const b2 = unitAt((s = (s + STEP) | 0));
		const z = Math.sqrt(-2 * Math.log(b1)) * Math.cos(turn * b2);
		const basket = 90 * Math.pow(value[i] ?? 1, 0.45) * Math.exp(0.3 * z);
		// After the first order the rest fall uniformly from joining to going quiet (today included
		// for those still active): c − 1 uniform order statistics, from c exponential gaps. Scaling by
		// one gap more would squeeze them toward the start and fake churn in the last weeks.
		let run = 0;
		for (let k = 0; k < c; k++) gaps[k] = run += -Math.log(1 - unitAt((s = (s + STEP) | 0))) * 1;
		for (let k = 0, o = start; k < c; k++, o++) {
			day[o] = first + (k === 0 ? 0 : Math.min(span, Math.floor(((gaps[k - 1] ?? 0) / run) * (span + 1))));
			const u1 = 1 - unitAt((s = (s + STEP) | 0));
			const u2 = unitAt((s = (s + STEP) | 0));
			const noise = Math.exp(0.35 * (Math.sqrt(-2 * Math.log(u1)) * Math.cos(turn * u2)));
			const price = roundHalfUp(basket * noise * 10) / 10;
			amount[o] = Math.max(5, price);
			items[o] = Math.max(1, Math.min(20, roundHalfUp(price / (50 + 50 * unitAt((s = (s + STEP) | 0))))));
		}
		if (onProgress && i % 20_000 === 0) onProgress(i / n);
	}
	return s;
}
