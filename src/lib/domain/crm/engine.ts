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
import { generateDataset } from './generate';
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

export class SimulatorEngine {
	#data: Dataset | null = null;
	#metrics: CustomerMetrics | null = null;

	/** Answers one request, posting progress on the way and the result (or an error) last. */
	handle(request: SimulatorRequest, post: (response: SimulatorResponse) => void): void {
		const { id } = request;
		try {
			post(this.#answer(request, (done) => post({ id, type: 'progress', done })));
		} catch (error) {
			post({
				id,
				type: 'error',
				message: error instanceof Error ? error.message : String(error),
				fault: faultOf(error)
			});
		}
	}

	#answer(request: SimulatorRequest, progress: (done: number) => void): SimulatorResponse {
		const { id } = request;
		if (request.type === 'generate') {
			const started = performance.now();
			this.#data = generateDataset({ ...request, onProgress: (done) => progress(done * 0.9) });
			return { id, type: 'snapshot', snapshot: this.#snapshot(request.options, performance.now() - started) };
		}
		const ds = this.#dataset();
		switch (request.type) {
			case 'analyse':
				return { id, type: 'snapshot', snapshot: this.#snapshot(request.options, 0) };
			case 'profile':
				return { id, type: 'profile', profile: customerProfile(ds, request.customer) };
			case 'csv':
				return {
					id,
					type: 'csv',
					text: request.which === 'orders' ? ordersCsv(ds) : customersCsv(ds, this.#current())
				};
		}
	}

	#snapshot(options: AnalysisOptions, generateMs: number): Snapshot {
		const ds = this.#dataset();
		const started = performance.now();
		const metrics = customerMetrics(ds, options);
		this.#metrics = metrics;
		const scored = performance.now();
		const report = analysisReport(ds, metrics, options);
		return {
			seed: ds.seed,
			today: ds.today,
			customers: ds.customers,
			metrics,
			report,
			timings: {
				generateMs: Math.round(generateMs),
				metricsMs: Math.round(scored - started),
				reportMs: Math.round(performance.now() - scored)
			}
		};
	}

	#current(): CustomerMetrics {
		if (!this.#metrics) throw new FaultError({ code: 'noDataset' }, 'noDataset: not analysed');
		return this.#metrics;
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
