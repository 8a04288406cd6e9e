/**
 * The seeded sample-data generator. Pure: the seed, the size and "today" come in, the same dataset
 * comes out. Customer value follows a heavy-tailed (Pareto) law, so the pyramid is steep.
 */
import { roundHalfUp } from './rounding';
import {
	CHANNEL_WEIGHTS,
	CITY_WEIGHTS,
	GIVEN_CHARS,
	HISTORY_DAYS,
	STAGES,
	SURNAMES,
	TIER_SHARES
} from './catalog';
import { FaultError } from './fault';
import type { CustomerColumns, Dataset, OrderColumns } from './dataset';
import { generateSpend, generateFunnel } from './generate-marketing';
import { nonNegativeValuesAtRanks, valuesAtRanks } from './order-statistics';
import { generateNps, generateTickets } from './generate-service';
import { cumulative, pickAt, seededRandom, STEP, unitAt, type Random } from './random';
import {
	counterAfter,
	drawOrders,
	orderDraws,
	orderRows,
	type OrderPart,
	type OrderRows
} from './generate-orders';

export const MIN_CUSTOMERS = 200;
export const MAX_CUSTOMERS = 100_000;
/** share of customers who registered but never bought */
const NEVER_BOUGHT = 0.07;
/** share of buyers who try once and never come back */
const ONE_OFF = 0.15;

export class GeneratorError extends FaultError {
	override readonly name = 'GeneratorError';
}

export interface GeneratorOptions {
	seed: number;
	customers: number;
	/** total orders; 10 per customer unless given */
	orders?: number;
	/** day number the history ends on */
	today: number;
	/** hears the share done (0–1) now and then */
	onProgress?: (done: number) => void;
}

interface Latent {
	/** customer value, ≥ 1; 0 for a customer who never bought */
	value: Float64Array;
	/** last day the customer is still buying */
	lastDay: Int32Array;
}

function customerColumns(
	n: number,
	today: number,
	random: Random
): { customers: CustomerColumns; latent: Latent } {
	const cityCdf = cumulative(CITY_WEIGHTS);
	const channelCdf = cumulative(CHANNEL_WEIGHTS);
	const customers: CustomerColumns = {
		count: n,
		surname: new Uint8Array(n),
		given: new Uint16Array(n),
		city: new Uint8Array(n),
		channel: new Uint8Array(n),
		tier: new Uint8Array(n),
		stage: new Uint8Array(n),
		joinDay: new Int32Array(n)
	};
	const latent: Latent = { value: new Float64Array(n), lastDay: new Int32Array(n) };
	const { surname, given, city, channel, joinDay } = customers;
	const surnames = SURNAMES.length;
	const chars = GIVEN_CHARS.length;
	const firstDay = today - HISTORY_DAYS;
	const tail = -1 / 1.6;
	// Draws in a fixed order per customer (two of them only sometimes), on a local counter: see unitAt.
	let s = random.state;
	for (let i = 0; i < n; i++) {
		surname[i] = Math.floor(unitAt((s = (s + STEP) | 0)) * surnames);
		const first = Math.floor(unitAt((s = (s + STEP) | 0)) * chars);
		const second =
			unitAt((s = (s + STEP) | 0)) < 0.7 ? Math.floor(unitAt((s = (s + STEP) | 0)) * chars) + 1 : 0;
		given[i] = first + 64 * second;
		city[i] = pickAt(cityCdf, unitAt((s = (s + STEP) | 0)));
		channel[i] = pickAt(channelCdf, unitAt((s = (s + STEP) | 0)));
		// sqrt: more customers joined recently, as a growing shop would have.
		const join = firstDay + Math.floor(HISTORY_DAYS * Math.sqrt(unitAt((s = (s + STEP) | 0))));
		joinDay[i] = Math.min(today, join);
		const buys = unitAt((s = (s + STEP) | 0)) >= NEVER_BOUGHT;
		const value = buys ? Math.min(60, Math.pow(1 - unitAt((s = (s + STEP) | 0)), tail)) : 0;
		latent.value[i] = value;
		const oneOff = unitAt((s = (s + STEP) | 0)) < ONE_OFF;
		const stays = oneOff
			? 0
			: -Math.log(1 - unitAt((s = (s + STEP) | 0))) * (160 * (1 + Math.log(Math.max(1, value))));
		latent.lastDay[i] = Math.min(today, join + roundHalfUp(stays));
	}
	random.state = s;
	return { customers, latent };
}

/** How many orders each customer places: one at least for buyers, the rest in proportion to value × active span. */
function orderCounts(latent: Latent, joinDay: Int32Array, total: number, random: Random): Int32Array {
	const n = latent.value.length;
	const { value, lastDay } = latent;
	const counts = new Int32Array(n);
	const weight = new Float64Array(n);
	let buyers = 0;
	let sum = 0;
	for (let i = 0; i < n; i++) {
		const v = value[i] ?? 0;
		if (v === 0) continue;
		buyers += 1;
		const span = (lastDay[i] ?? 0) - (joinDay[i] ?? 0);
		// A one-off buyer (no active span) orders exactly once. Orders per active day, not a fixed
		// bonus, so recent joiners do not crowd their orders into the last few days.
		const w = span > 0 ? Math.pow(v, 0.8) * span : 0;
		weight[i] = w;
		sum += w;
	}
	if (total < buyers)
		throw new GeneratorError({ code: 'failed' }, `${total} orders cannot cover ${buyers} buying customers`);
	let placed = 0;
	const spare = total - buyers;
	for (let i = 0; i < n; i++) {
		if ((value[i] ?? 0) === 0) continue;
		const c = 1 + Math.floor(((weight[i] ?? 0) * spare) / sum);
		counts[i] = c;
		placed += c;
	}
	// The floors leave a few orders over; hand them to random buyers so the total is exact.
	let s = random.state;
	while (placed < total) {
		const i = Math.floor(unitAt((s = (s + STEP) | 0)) * n);
		if ((weight[i] ?? 0) === 0) continue;
		counts[i] = (counts[i] ?? 0) + 1;
		placed += 1;
	}
	random.state = s;
	return counts;
}

/**
 * Tiers follow lifetime spend: the top 3 % of buyers are 白金, the next 12 % 金卡, then 25 % 银卡.
 * Returns each customer's spend, which the orders keep for the analyses.
 */
function assignTiers(customers: CustomerColumns, orders: OrderColumns): Float64Array {
	const n = customers.count;
	const { orderStart, amount } = orders;
	const spend = new Float64Array(n);
	const paying = new Int32Array(n);
	let buyers = 0;
	for (let i = 0; i < n; i++) {
		let sum = 0;
		const end = orderStart[i + 1] ?? 0;
		for (let k = orderStart[i] ?? 0; k < end; k++) sum += amount[k] ?? 0;
		spend[i] = sum;
		const pays = Number(sum > 0);
		paying[i] = pays;
		buyers += pays;
	}
	const ranks: number[] = [];
	let share = 0;
	for (const s of TIER_SHARES.slice(0, -1)) {
		share += s;
		ranks.push(Math.floor(share * buyers));
	}
	// The spend at each rank, as a sorted copy would have it there, without sorting every buyer.
	const inside = ranks.filter((k) => k < buyers);
	const cuts =
		nonNegativeValuesAtRanks(spend, paying, buyers, inside) ??
		valuesAtRanks(
			spend.filter((x) => x > 0),
			inside
		);
	while (cuts.length < ranks.length) cuts.push(Infinity);
	for (let i = 0; i < n; i++) {
		const s = spend[i] ?? 0;
		// The cuts ascend, so the tier is how many of them the spend reaches: counted without a branch.
		let tier = 0;
		for (let t = 0; t < cuts.length; t++) tier += Number(s >= (cuts[t] ?? Infinity));
		customers.tier[i] = s > 0 ? tier : 0;
	}
	return spend;
}

/** Stage from behaviour: never bought 陌生, once 尝试, 2–5 times 复购, 6+ 忠诚; loyal promoters at 金卡 or above are 伙伴. */
function assignStages(ds: Dataset): void {
	const promoter = new Uint8Array(ds.customers.count);
	for (let k = 0; k < ds.nps.count; k++)
		if ((ds.nps.score[k] ?? 0) >= 9) promoter[ds.nps.customer[k] ?? 0] = 1;
	const { orderStart } = ds.orders;
	const { tier, stage } = ds.customers;
	for (let i = 0; i < ds.customers.count; i++) {
		const f = (orderStart[i + 1] ?? 0) - (orderStart[i] ?? 0);
		// 0, 1, 2–5, 6+ orders: stages 0–3, counted rather than branched on.
		const loyal = Number(f >= 1) + Number(f >= 2) + Number(f >= 6);
		const partner = Number(loyal === 3) * (promoter[i] ?? 0) * Number((tier[i] ?? 0) >= 2);
		stage[i] = Math.min(loyal + partner, STAGES.length - 1);
	}
}

/** The customers and how many orders each places: everything the order rows are drawn from. */
export interface DatasetDraft {
	seed: number;
	today: number;
	customers: CustomerColumns;
	/** the columns the order rows are drawn from, with the counter before the first order draw */
	orders: OrderPart;
}

/** Customers and order counts for the options; throws GeneratorError for sizes outside 200–100,000. */
export function draftDataset(options: GeneratorOptions): DatasetDraft {
	const { seed, customers: n, today } = options;
	if (!Number.isInteger(n) || n < MIN_CUSTOMERS || n > MAX_CUSTOMERS) {
		throw new GeneratorError(
			{ code: 'customers', min: MIN_CUSTOMERS, max: MAX_CUSTOMERS },
			`The number of customers must be a whole number from ${MIN_CUSTOMERS} to ${MAX_CUSTOMERS}, got ${n}`
		);
	}
	if (!Number.isInteger(today))
		throw new GeneratorError({ code: 'failed' }, `"today" must be a day number, got ${today}`);
	const totalOrders = options.orders ?? n * 10;
	const random = seededRandom(seed);
	const { customers, latent } = customerColumns(n, today, random);
	const counts = orderCounts(latent, customers.joinDay, totalOrders, random);
	const orderStart = new Int32Array(n + 1);
	for (let i = 0; i < n; i++) orderStart[i + 1] = (orderStart[i] ?? 0) + (counts[i] ?? 0);
	return {
		seed,
		today,
		customers,
		orders: { orderStart, ...latent, joinDay: customers.joinDay, state: random.state }
	};
}

/** The dataset from its draft and the order rows drawn for all of its customers. */
export function completeDataset(draft: DatasetDraft, rows: OrderRows): Dataset {
	const { seed, today, customers } = draft;
	const { orderStart, state } = draft.orders;
	const orders: OrderColumns = { count: orderStart[customers.count] ?? 0, orderStart, ...rows };
	const random = seededRandom(counterAfter(state, orderDraws(orderStart)));
	orders.spend = assignTiers(customers, orders);
	const tickets = generateTickets(orders, random);
	const nps = generateNps(orders, tickets, random);
	const ds: Dataset = {
		seed,
		today,
		customers,
		orders,
		tickets,
		nps,
		spend: generateSpend(customers, today, random),
		funnel: generateFunnel(customers.count, random)
	};
	assignStages(ds);
	return ds;
}

/** A whole dataset for the options, on this thread; throws GeneratorError for sizes outside 200–100,000. */
export function generateDataset(options: GeneratorOptions): Dataset {
	const { onProgress } = options;
	const draft = draftDataset(options);
	onProgress?.(0.1);
	const rows = orderRows(draft.orders.orderStart[draft.customers.count] ?? 0);
	drawOrders(draft.orders, rows, onProgress && ((done) => onProgress(0.2 + 0.6 * done)));
	const ds = completeDataset(draft, rows);
	onProgress?.(1);
	return ds;
}
