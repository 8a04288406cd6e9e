/**
 * The simulator worker: generation and analysis of large datasets run here, so the page never
 * freezes. A second worker draws about half of the order rows meanwhile, on another core.
 */
import { SimulatorEngine, type OrderHelper, type SimulatorRequest } from '$lib/domain/crm/engine';
import type { OrderPart, OrderRows } from '$lib/domain/crm/generate-orders';
import type { OrderPartRequest, OrderPartResponse } from './simulator-orders.worker';

/** The whole column a view looks into. */
function full<T extends Int32Array | Float64Array | Uint8Array>(view: T): T {
	return new (view.constructor as new (buffer: ArrayBuffer) => T)(view.buffer as ArrayBuffer);
}

/** The second worker as an OrderHelper; null where a worker cannot start one (the engine then draws alone). */
function orderHelper(): OrderHelper | null {
	let worker: Worker;
	try {
		worker = new Worker(new URL('./simulator-orders.worker.ts', import.meta.url), { type: 'module' });
	} catch {
		return null;
	}
	const pending = new Map<number, { resolve: (r: OrderPartResponse) => void; reject: (e: Error) => void }>();
	let next = 1;
	let stopped = false;
	/** The last reply's columns: the engine copies them at once, so they go back with the next request. */
	let spare: OrderRows | null = null;
	worker.addEventListener('message', (event: MessageEvent<OrderPartResponse>) => {
		const { rows } = event.data;
		spare = { day: full(rows.day), amount: full(rows.amount), items: full(rows.items) };
		pending.get(event.data.id)?.resolve(event.data);
		pending.delete(event.data.id);
	});
	worker.addEventListener('error', (event) => {
		stopped = true;
		for (const p of pending.values()) p.reject(new Error(event.message || 'The order worker stopped'));
		pending.clear();
	});
	return async (part: OrderPart) => {
		if (stopped) throw new Error('The order worker stopped');
		const id = next++;
		// Copies of the part's columns only: posting a view would copy the whole buffer under it.
		const { orderStart, value, lastDay, joinDay, state } = part;
		const copy = {
			orderStart: orderStart.slice(),
			value: value.slice(),
			lastDay: lastDay.slice(),
			joinDay: joinDay.slice()
		};
		const back = spare;
		spare = null;
		const request: OrderPartRequest = { id, part: { ...copy, state }, spare: back };
		const columns = [...Object.values(copy), ...(back ? [back.day, back.amount, back.items] : [])];
		const reply = new Promise<OrderPartResponse>((resolve, reject) => pending.set(id, { resolve, reject }));
		worker.postMessage(
			request,
			columns.map((c) => c.buffer)
		);
		return (await reply).rows;
	};
}

const engine = new SimulatorEngine(orderHelper() ?? undefined);

addEventListener('message', (event: MessageEvent<SimulatorRequest>) => {
	void engine.handle(event.data, (response, transfer) => postMessage(response, transfer ?? []));
});
