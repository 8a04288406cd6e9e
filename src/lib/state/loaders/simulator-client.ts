/**
 * Talks to the simulator worker: one request at a time per id, with progress. Where there are no
 * workers (Node tests), the same engine runs on this thread.
 */
import {
	SimulatorEngine,
	type CustomerProfile,
	type SimulatorRequest,
	type SimulatorResponse,
	type Snapshot
} from '$lib/domain/crm/engine';
import { FaultError } from '$lib/domain/crm/fault';

type Pending = {
	resolve: (response: SimulatorResponse) => void;
	reject: (error: Error) => void;
	onProgress?: (done: number) => void;
};

/** Distributes a request without its id, which the client assigns. */
type Request = SimulatorRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

export class SimulatorClient {
	#worker: Worker | null = null;
	#inline: SimulatorEngine | null = null;
	#pending = new Map<number, Pending>();
	#next = 1;

	constructor() {
		if (typeof Worker === 'undefined') {
			this.#inline = new SimulatorEngine();
			return;
		}
		this.#worker = new Worker(new URL('../../workers/simulator.worker.ts', import.meta.url), {
			type: 'module'
		});
		this.#worker.addEventListener('message', (event: MessageEvent<SimulatorResponse>) =>
			this.#receive(event.data)
		);
		this.#worker.addEventListener('error', (event) =>
			this.#rejectAll(event.message || 'The simulator worker stopped')
		);
	}

	#rejectAll(message: string): void {
		for (const p of this.#pending.values()) p.reject(new FaultError({ code: 'failed' }, message));
		this.#pending.clear();
	}

	#receive(response: SimulatorResponse): void {
		const pending = this.#pending.get(response.id);
		if (!pending) return;
		if (response.type === 'progress') return pending.onProgress?.(response.done);
		this.#pending.delete(response.id);
		if (response.type === 'error') pending.reject(new FaultError(response.fault, response.message));
		else pending.resolve(response);
	}

	#send(request: Request, onProgress?: (done: number) => void): Promise<SimulatorResponse> {
		const id = this.#next++;
		const full: SimulatorRequest = { ...request, id };
		return new Promise((resolve, reject) => {
			this.#pending.set(id, { resolve, reject, ...(onProgress && { onProgress }) });
			if (this.#worker) this.#worker.postMessage(full);
			else if (this.#inline) void this.#inline.handle(full, (r) => this.#receive(r));
			else this.#rejectAll('The simulator was closed');
		});
	}

	async snapshot(
		request: Request & { type: 'generate' | 'analyse' },
		onProgress?: (done: number) => void
	): Promise<Snapshot> {
		const response = await this.#send(request, onProgress);
		if (response.type !== 'snapshot') throw new Error(`Unexpected ${response.type} reply`);
		return response.snapshot;
	}

	async profile(customer: number): Promise<CustomerProfile> {
		const response = await this.#send({ type: 'profile', customer });
		if (response.type !== 'profile') throw new Error(`Unexpected ${response.type} reply`);
		return response.profile;
	}

	async csv(which: 'customers' | 'orders'): Promise<string> {
		const response = await this.#send({ type: 'csv', which });
		if (response.type !== 'csv') throw new Error(`Unexpected ${response.type} reply`);
		return response.text;
	}

	/** Ends the worker; requests still waiting fail rather than wait forever. */
	terminate(): void {
		this.#worker?.terminate();
		this.#worker = null;
		this.#rejectAll('The simulator was closed');
	}
}
