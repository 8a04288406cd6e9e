/**
 * The simulator's engine: holds one generated dataset and answers requests about it. The Web
 * Worker wraps it (src/lib/workers/simulator.worker.ts); where there are no workers the same code runs inline.
 */
import {
	analysisReport,
	customerMetrics,
	type AnalysisOptions,
	type AnalysisReport,
	type CustomerMetrics
} from './analysis';
import { customersCsv, ordersCsv } from './csv';
import type { CustomerColumns, Dataset } from './dataset';
import { checkOptions, completeDataset, draftDataset } from './generate';
import {
	customerDraws,
	drawCustomerPart,
	drawCustomers,
	placeCustomers,
	type CustomerPart,
	type CustomersDrawn
} from './generate-customers';
import { seededRandom } from './random';
import { drawOrders, orderRows, splitOrderParts, type OrderPart, type OrderRows } from './generate-orders';
import { FaultError, faultOf, type SimulatorFault } from './fault';

export type SimulatorRequest =
	| { id: number; type: 'generate'; seed: number; customers: number; today: number; options: AnalysisOptions }
	| { id: number; type: 'analyse'; options: AnalysisOptions }
	| { id: number; type: 'profile'; customer: number }
	| { id: number; type: 'csv'; which: 'customers' | 'orders' };

/** What the screens get back: the customers, their metrics and the shared report; orders stay with the engine. */
export interface Snapshot {
	seed: number;
	today: number;
	customers: CustomerColumns;
	metrics: CustomerMetrics;
	report: AnalysisReport;
	/** ms in the worker: generating (0 when only re-analysed), RFM scores + segments + CLV, and the rest of the report */
	timings: { generateMs: number; metricsMs: number; reportMs: number };
}

export interface ProfileOrder {
	day: number;
	/** 元 */
	amount: number;
	items: number;
}

export interface ProfileTicket {
	day: number;
	type: number;
	channel: number;
	responseMinutes: number;
	satisfaction: number;
}

export interface CustomerProfile {
	customer: number;
	orders: ProfileOrder[];
	tickets: ProfileTicket[];
	/** the customer's survey answer 0–10, or null */
	nps: number | null;
}

export type SimulatorResponse =
	| { id: number; type: 'progress'; done: number }
	| { id: number; type: 'snapshot'; snapshot: Snapshot }
	| { id: number; type: 'profile'; profile: CustomerProfile }
	| { id: number; type: 'csv'; text: string }
	| { id: number; type: 'error'; message: string; fault: SimulatorFault };

/**
 * Posts a response; `transfer` lists the buffers it hands over rather than copies (the engine keeps
 * no reference to them), so a snapshot of 100,000 customers reaches the page without a copy.
 */
export type Post = (response: SimulatorResponse, transfer?: ArrayBuffer[]) => void;

/**
 * Draws one part of the customers, then one part of the order rows, on another thread (a second
 * worker) while this one draws the rest. The engine copies what it gets back at once and keeps no
 * reference to it.
 */
export interface GeneratorHelper {
	customers(part: CustomerPart): Promise<CustomersDrawn>;
	orders(part: OrderPart): Promise<OrderRows>;
}

/** The customers, the second half drawn by the helper meanwhile (or here, if it failed). */
async function drawnInTwo(
	request: { seed: number; customers: number; today: number },
	helper: GeneratorHelper
): Promise<CustomersDrawn> {
	const { customers: n, today } = request;
	const start = seededRandom(request.seed).state;
	const from = n >> 1;
	const theirs: CustomerPart = { from, count: n - from, today, state: start };
	const away = helper.customers(theirs);
	const customers = customerDraws(n);
	drawCustomers(from, today, start, customers);
	const other = await away.catch(() => drawCustomerPart(theirs));
	placeCustomers(customers, other.customers, from);
	return { customers, state: other.state };
}

/** Each customer column copied, with the buffers to hand over. */
function customerCopy(c: CustomerColumns): { customers: CustomerColumns; buffers: ArrayBuffer[] } {
	const customers: CustomerColumns = {
		count: c.count,
		surname: c.surname.slice(),
		given: c.given.slice(),
		city: c.city.slice(),
		channel: c.channel.slice(),
		tier: c.tier.slice(),
		stage: c.stage.slice(),
		joinDay: c.joinDay.slice()
	};
	const { count: _, ...columns } = customers;
	return { customers, buffers: Object.values(columns).map((column) => column.buffer as ArrayBuffer) };
}

function metricBuffers(m: CustomerMetrics): ArrayBuffer[] {
	const columns = [
		m.values.recency,
		m.values.frequency,
		m.values.monetary,
		m.scores.r,
		m.scores.f,
		m.scores.m
	];
	return [...columns, m.segments, m.clv].map((column) => column.buffer as ArrayBuffer);
}

export class SimulatorEngine {
	#data: Dataset | null = null;
	/** the options of the last analysis, which the customer CSV repeats */
	#options: AnalysisOptions | null = null;
	#helper: GeneratorHelper | null;
	#queue: Promise<void> = Promise.resolve();

	/** With a helper, about half of the customers and of the order rows are drawn on its thread, in parallel. */
	constructor(helper?: GeneratorHelper) {
		this.#helper = helper ?? null;
	}

	/**
	 * Answers one request, posting progress on the way and the result (or an error) last. Requests
	 * are answered one at a time, in the order they came, even while a generation waits for its helper.
	 */
	handle(request: SimulatorRequest, post: Post): Promise<void> {
		this.#queue = this.#queue.then(() => this.#handleOne(request, post));
		return this.#queue;
	}

	async #handleOne(request: SimulatorRequest, post: Post): Promise<void> {
		const { id } = request;
		try {
			const [response, transfer] = await this.#answer(request, (done) =>
				post({ id, type: 'progress', done })
			);
			post(response, transfer);
		} catch (error) {
			post({
				id,
				type: 'error',
				message: error instanceof Error ? error.message : String(error),
				fault: faultOf(error)
			});
		}
	}

	async #answer(
		request: SimulatorRequest,
		progress: (done: number) => void
	): Promise<[SimulatorResponse, ArrayBuffer[]?]> {
		const { id } = request;
		if (request.type === 'generate') {
			const started = performance.now();
			this.#data = await this.#generate(request, progress);
			return this.#snapshot(id, request.options, performance.now() - started);
		}
		const ds = this.#dataset();
		switch (request.type) {
			case 'analyse':
				return this.#snapshot(id, request.options, 0);
			case 'profile':
				return [{ id, type: 'profile', profile: customerProfile(ds, request.customer) }];
			case 'csv':
				return [
					{ id, type: 'csv', text: request.which === 'orders' ? ordersCsv(ds) : this.#customersCsv(ds) }
				];
		}
	}

	/**
	 * The dataset, its orders drawn half here and half by the helper when there is one. The last
	 * dataset's order columns are written over when the new one has as many orders: the worker then
	 * touches no fresh memory for the largest columns, and nothing else holds them.
	 */
	async #generate(
		request: Extract<SimulatorRequest, { type: 'generate' }>,
		progress: (done: number) => void
	): Promise<Dataset> {
		checkOptions(request);
		const helper = this.#helper;
		const draft = draftDataset(request, helper ? await drawnInTwo(request, helper) : undefined);
		progress(0.1);
		const total = draft.orders.orderStart[draft.customers.count] ?? 0;
		const last = this.#data?.orders;
		this.#data = null;
		const rows = last?.count === total ? last : orderRows(total);
		const drawn = (done: number) => progress(0.1 + 0.7 * done);
		const [mine, theirs] = splitOrderParts(draft.orders, draft.orders.state, helper ? 2 : 1);
		if (!mine) throw new FaultError({ code: 'failed' }, 'noOrderPart');
		const away = theirs && helper?.orders(theirs);
		drawOrders(mine, rows, drawn);
		if (theirs && away) {
			const from = theirs.orderStart[0] ?? 0;
			// A helper that failed leaves its part to this thread: the rows are the same either way.
			const other = await away.catch(() => {
				const own = orderRows(total - from);
				drawOrders(theirs, own);
				return own;
			});
			rows.day.set(other.day, from);
			rows.amount.set(other.amount, from);
			rows.items.set(other.items, from);
		}
		progress(0.8);
		const ds = completeDataset(draft, { day: rows.day, amount: rows.amount, items: rows.items });
		progress(0.9);
		return ds;
	}

	/** A snapshot for the page; its metrics are handed over and the customers go as a copy handed over. */
	#snapshot(id: number, options: AnalysisOptions, generateMs: number): [SimulatorResponse, ArrayBuffer[]] {
		const ds = this.#dataset();
		const started = performance.now();
		const metrics = customerMetrics(ds, options);
		this.#options = options;
		const scored = performance.now();
		const report = analysisReport(ds, metrics, options);
		const reportMs = performance.now() - scored;
		const { customers, buffers } = customerCopy(ds.customers);
		const snapshot: Snapshot = {
			seed: ds.seed,
			today: ds.today,
			customers,
			metrics,
			report,
			timings: {
				generateMs: Math.round(generateMs),
				metricsMs: Math.round(scored - started),
				reportMs: Math.round(reportMs)
			}
		};
		return [{ id, type: 'snapshot', snapshot }, [...buffers, ...metricBuffers(metrics)]];
	}

	/** The customer CSV with the metrics of the last analysis, worked out again (they went to the page). */
	#customersCsv(ds: Dataset): string {
		if (!this.#options) throw new FaultError({ code: 'noDataset' }, 'noDataset: not analysed');
		return customersCsv(ds, customerMetrics(ds, this.#options));
	}

	#dataset(): Dataset {
		if (!this.#data) throw new FaultError({ code: 'noDataset' }, 'noDataset: not generated');
		return this.#data;
	}
}

/** One customer's orders (oldest first), tickets and survey answer. */
export function customerProfile(ds: Dataset, i: number): CustomerProfile {
	if (!Number.isInteger(i) || i < 0 || i >= ds.customers.count) throw new RangeError('no-such-customer');
	const o = ds.orders;
	const orders: ProfileOrder[] = [];
	for (let k = o.orderStart[i] ?? 0; k < (o.orderStart[i + 1] ?? 0); k++) {
		orders.push({ day: o.day[k] ?? 0, amount: o.amount[k] ?? 0, items: o.items[k] ?? 0 });
	}
	const t = ds.tickets;
	const tickets: ProfileTicket[] = [];
	for (let k = 0; k < t.count; k++) {
		if (t.customer[k] !== i) continue;
		tickets.push({
			day: t.day[k] ?? 0,
			type: t.type[k] ?? 0,
			channel: t.channel[k] ?? 0,
			responseMinutes: Math.round((t.responseMinutes[k] ?? 0) * 10) / 10,
			satisfaction: t.satisfaction[k] ?? 0
		});
	}
	const answer = ds.nps.customer.indexOf(i);
	return { customer: i, orders, tickets, nps: answer >= 0 ? (ds.nps.score[answer] ?? null) : null };
}
