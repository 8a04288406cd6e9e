/**
 * The simulator worker: generation and analysis of large datasets run here, so the page never
 * freezes. A second worker draws about half of the customers and of the order rows meanwhile, on another core.
 */
import { SimulatorEngine, type GeneratorHelper, type SimulatorRequest } from '$lib/domain/crm/engine';
import type { OrderRows } from '$lib/domain/crm/generate-orders';
import type { HelperRequest, HelperResponse } from './simulator-helper.worker';

/** The whole column a view looks into. */
function full<T extends Int32Array | Float64Array | Uint8Array>(view: T): T {
	return new (view.constructor as new (buffer: ArrayBuffer) => T)(view.buffer as ArrayBuffer);
}

/** The second worker as a GeneratorHelper; null where a worker cannot start one (the engine then draws alone). */
function generatorHelper(): GeneratorHelper | null {
	let worker: Worker;
	try {
		worker = new Worker(new URL('./simulator-helper.worker.ts', import.meta.url), { type: 'module' });
	} catch {
		return null;
	}
	const pending = new Map<number, { resolve: (r: HelperResponse) => void; reject: (e: Error) => void }>();
	let next = 1;
	let stopped = false;
	/** The last order reply's columns: the engine copies them at once, so they go back with the next request. */
	let spare: OrderRows | null = null;
	worker.addEventListener('message', (event: MessageEvent<HelperResponse>) => {
		const response = event.data;
		if (response.type === 'orders') {
			const { day, amount, items } = response.rows;
			spare = { day: full(day), amount: full(amount), items: full(items) };
		}
		pending.get(response.id)?.resolve(response);
		pending.delete(response.id);
	});
	worker.addEventListener('error', (event) => {
		stopped = true;
		for (const p of pending.values()) p.reject(new Error(event.message || 'The helper worker stopped'));
		pending.clear();
	});
	const ask = (request: HelperRequest, columns: ArrayBufferView[]): Promise<HelperResponse> => {
		if (stopped) return Promise.reject(new Error('The helper worker stopped'));
		const reply = new Promise<HelperResponse>((resolve, reject) =>
			pending.set(request.id, { resolve, reject })
		);
		worker.postMessage(
			request,
			columns.map((c) => c.buffer)
		);
		return reply;
	};
	return {
		async customers(part) {
			const response = await ask({ id: next++, type: 'customers', part }, []);
			if (response.type !== 'customers') throw new Error(`Unexpected ${response.type} reply`);
			return response.drawn;
		},
		async orders(part) {
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
			const columns = [...Object.values(copy), ...(back ? [back.day, back.amount, back.items] : [])];
			const response = await ask(
				{ id: next++, type: 'orders', part: { ...copy, state }, spare: back },
				columns
			);
			if (response.type !== 'orders') throw new Error(`Unexpected ${response.type} reply`);
			return response.rows;
		}
	};
}

const engine = new SimulatorEngine(generatorHelper() ?? undefined);

addEventListener('message', (event: MessageEvent<SimulatorRequest>) => {
	void engine.handle(event.data, (response, transfer) => postMessage(response, transfer ?? []));
});
