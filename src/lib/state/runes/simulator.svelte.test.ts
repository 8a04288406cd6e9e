// The fake IndexedDB must be installed before Dexie loads.
import { aFreshDatabase } from '../../../../tests/factories/database';
import { describe, expect, it } from 'vitest';
import { studyTerms } from '$lib/data/simulator-repository';
import { Simulator } from './simulator.svelte';

/** A Storage that keeps items in a map, as localStorage would. */
function memoryStorage(): Storage {
	const items = new Map<string, string>();
	return {
		get length() {
			return items.size;
		},
		clear: () => items.clear(),
		getItem: (k) => items.get(k) ?? null,
		key: (i) => [...items.keys()][i] ?? null,
		removeItem: (k) => void items.delete(k),
		setItem: (k, v) => void items.set(k, v)
	};
}

const NOW = Date.UTC(2026, 11, 1, 9);

describe('Simulator', () => {
	it('generates (inline where there are no workers), remembers the choice, and re-analyses', async () => {
		const storage = memoryStorage();
		const sim = new Simulator(storage);
		expect(sim.remembered).toBe(false);
		await sim.generate({ seed: 5, customers: 300 }, NOW);
		expect(sim.progress).toBeGreaterThan(0.8);
		expect(sim.status).toBe('ready');
		expect(sim.snapshot?.report.customers).toBe(300);
		expect(sim.missionData?.customers.count).toBe(300);
		expect(new Simulator(storage).remembered).toBe(true);
		expect(new Simulator(storage).choice).toEqual({ seed: 5, customers: 300 });
		const before = sim.snapshot?.report.segments[0]?.customers ?? 0;
		await sim.reanalyse({ ...sim.options, highFrom: 2 });
		expect(sim.snapshot?.report.segments[0]?.customers).toBeGreaterThan(before);
		expect((await sim.profile(0)).customer).toBe(0);
		expect((await sim.csv('orders')).split('\n')[0]).toBe('订单编号,客户编号,下单日期,金额,件数');
	});

	it('reports a bad size without losing the data it has', async () => {
		const sim = new Simulator();
		await sim.generate({ seed: 1, customers: 50 }, NOW);
		expect(sim.status).toBe('error');
		expect(sim.error).toEqual({ code: 'customers', min: 200, max: 100000 });
		await sim.generate({ seed: 1, customers: 200 }, NOW);
		await sim.generate({ seed: 1, customers: 100_001 }, NOW);
		expect(sim.status).toBe('ready');
		expect(sim.snapshot?.report.customers).toBe(200);
	});

	it('adds a word to the study list', async () => {
		aFreshDatabase();
		const sim = new Simulator();
		await sim.addToStudy('rfm', NOW);
		expect(sim.added).toBe('rfm');
		expect((await studyTerms()).map((t) => t.entryId)).toEqual(['rfm']);
	});
});
