/** The simulator session: one generated dataset (held by the worker), its analysis, and the screen's settings. */
import { createContext } from 'svelte';
import { addStudyTerm } from '$lib/data/simulator-repository';
import { DEFAULT_ANALYSIS, type AnalysisOptions } from '$lib/domain/crm/analysis';
import { faultOf, type SimulatorFault } from '$lib/domain/crm/fault';
import { dayNumber } from '$lib/domain/crm/days';
import type { CustomerProfile, Snapshot } from '$lib/domain/crm/engine';
import type { MissionData } from '$lib/domain/crm/missions/types';
import { SimulatorClient } from '../loaders/simulator-client';

export type SimulatorStatus = 'empty' | 'working' | 'ready' | 'error';

export interface DatasetChoice {
	seed: number;
	customers: number;
}

const KEY = 'simulator-dataset';
export const DEFAULT_CHOICE: DatasetChoice = { seed: 2026, customers: 2000 };

function loadChoice(storage: Storage | undefined): DatasetChoice | null {
	try {
		const raw = JSON.parse(storage?.getItem(KEY) ?? 'null') as Partial<DatasetChoice> | null;
		if (!raw || !Number.isInteger(raw.seed) || !Number.isInteger(raw.customers)) return null;
		return { seed: raw.seed ?? DEFAULT_CHOICE.seed, customers: raw.customers ?? DEFAULT_CHOICE.customers };
	} catch {
		return null;
	}
}

export class Simulator {
	#client: SimulatorClient | null = null;
	#storage: Storage | undefined;
	status = $state<SimulatorStatus>('empty');
	/** 0–1 while working */
	progress = $state(0);
	error = $state<SimulatorFault | null>(null);
	/** Raw: typed arrays of 100,000 customers must not become deep proxies. */
	snapshot = $state.raw<Snapshot | null>(null);
	options = $state.raw<AnalysisOptions>(DEFAULT_ANALYSIS);
	/** show English under the Chinese labels */
	english = $state(false);
	/** the dataset last generated, remembered so a reload brings the same data back */
	choice = $state<DatasetChoice>(DEFAULT_CHOICE);
	/** the last word added to study, for a confirmation */
	added = $state('');

	constructor(storage?: Storage) {
		this.#storage = storage;
		const saved = loadChoice(storage);
		if (saved) this.choice = saved;
	}

	/** The dataset chosen before, if any: the page regenerates it on open. */
	get remembered(): boolean {
		return loadChoice(this.#storage) !== null;
	}

	get missionData(): MissionData | null {
		const s = this.snapshot;
		return s ? { today: s.today, customers: s.customers, metrics: s.metrics, report: s.report } : null;
	}

	/**
	 * Starts the workers as the simulator opens, so the first Generate does not wait for their code to
	 * load. They load off the main thread and stay idle until asked.
	 */
	prepare(): void {
		this.#connection();
	}

	#connection(): SimulatorClient {
		this.#client ??= new SimulatorClient();
		return this.#client;
	}

	async #run(work: (client: SimulatorClient) => Promise<Snapshot>): Promise<void> {
		this.status = 'working';
		this.progress = 0;
		this.error = null;
		try {
			this.snapshot = await work(this.#connection());
			this.status = 'ready';
		} catch (e) {
			this.error = faultOf(e);
			this.status = this.snapshot ? 'ready' : 'error';
		}
	}

	/** Generates a dataset ending today (`now`, epoch ms) in the worker. */
	generate(choice: DatasetChoice, now = Date.now()): Promise<void> {
		this.choice = choice;
		try {
			this.#storage?.setItem(KEY, JSON.stringify(choice));
		} catch {
			// Without storage the dataset is simply not remembered.
		}
		const request = { type: 'generate', ...choice, today: dayNumber(now), options: this.options } as const;
		return this.#run((client) => client.snapshot(request, (done) => (this.progress = done)));
	}

	/** Re-scores with new RFM settings or CLV assumptions, keeping the data. */
	reanalyse(options: AnalysisOptions): Promise<void> {
		this.options = options;
		return this.#run((client) => client.snapshot({ type: 'analyse', options }));
	}

	profile(customer: number): Promise<CustomerProfile> {
		return this.#connection().profile(customer);
	}

	csv(which: 'customers' | 'orders'): Promise<string> {
		return this.#connection().csv(which);
	}

	async addToStudy(entryId: string, now = Date.now()): Promise<void> {
		await addStudyTerm(entryId, now);
		this.added = entryId;
	}

	dispose(): void {
		this.#client?.terminate();
		this.#client = null;
	}
}

export const [getSimulator, setSimulator] = createContext<Simulator>();
