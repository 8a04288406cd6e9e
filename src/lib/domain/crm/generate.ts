/**
 * The seeded sample-data generator. Pure: the seed, the size and "today" come in, the same dataset
 * comes out. Customer value follows a heavy-tailed (Pareto) law, so the pyramid is steep.
 */
import { STAGES, TIER_SHARES } from './catalog';
import { FaultError } from './fault';
import type { CustomerColumns, Dataset, OrderColumns } from './dataset';
import { generateSpend, generateFunnel } from './generate-marketing';
import { nonNegativeValuesAtRanks, valuesAtRanks } from './order-statistics';
import { generateNps, generateTickets } from './generate-service';
import { seededRandom, STEP, unitAt, type Random } from './random';
import { customerDraws, drawCustomers, type CustomerDraws } from './generate-customers';
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

/** How many orders each customer places: one at least for buyers, the rest in proportion to value × active span. */
function orderCounts(drawn: CustomerDraws, total: number, random: Random): Int32Array {
	const { value, lastDay, joinDay } = drawn;
	const n = value.length;
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
	if (total < buyers) throw new GeneratorError({ code: 'failed' }, `ordersBelowBuyers: ${total} < ${buyers}`);
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

/** Throws GeneratorError for sizes outside 200–100,000 or a "today" that is not a day number. */
export function checkOptions({ customers: n, today }: GeneratorOptions): void {
	if (!Number.isInteger(n) || n < MIN_CUSTOMERS || n > MAX_CUSTOMERS) {
		throw new GeneratorError(
			{ code: 'customers', min: MIN_CUSTOMERS, max: MAX_CUSTOMERS },
			`The number of customers must be a whole number from ${MIN_CUSTOMERS} to ${MAX_CUSTOMERS}, got ${n}`
		);
	}
	if (!Number.isInteger(today)) throw new GeneratorError({ code: 'failed' }, `todayNotDay: ${today}`);
}

/**
 * Customers and order counts for the options, from the customers already drawn (all of them, and
 * the counter after the last one's draws) or drawn here; throws GeneratorError for sizes outside 200–100,000.
 */
export function draftDataset(
	options: GeneratorOptions,
	drawn?: { customers: CustomerDraws; state: number }
): DatasetDraft {
	checkOptions(options);
	const { seed, customers: n, today } = options;
	const random = seededRandom(seed);
	let draws = drawn?.customers;
	if (drawn) random.state = drawn.state;
	else random.state = drawCustomers(n, today, random.state, (draws = customerDraws(n)));
	if (draws?.value.length !== n)
		throw new GeneratorError({ code: 'failed' }, `drawsMismatch: ${draws?.value.length} ≠ ${n}`);
	const { surname, given, city, channel, joinDay, value, lastDay } = draws;
	const tier = new Uint8Array(n);
	const stage = new Uint8Array(n);
	const customers: CustomerColumns = { count: n, surname, given, city, channel, tier, stage, joinDay };
	const counts = orderCounts(draws, options.orders ?? n * 10, random);
	const orderStart = new Int32Array(n + 1);
	for (let i = 0; i < n; i++) orderStart[i + 1] = (orderStart[i] ?? 0) + (counts[i] ?? 0);
	return { seed, today, customers, orders: { orderStart, value, lastDay, joinDay, state: random.state } };
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
