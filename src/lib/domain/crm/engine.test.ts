import { describe, expect, it } from 'vitest';
import { DEFAULT_ANALYSIS } from './analysis';
import { customerProfile, SimulatorEngine, type GeneratorHelper, type SimulatorResponse } from './engine';
import { generateDataset } from './generate';
import { drawCustomerPart } from './generate-customers';
import { drawOrders, orderRows } from './generate-orders';
import { fingerprint } from './test-factories';

const TODAY = 20_788;

describe('SimulatorEngine', () => {
	it('generates with progress, re-analyses, and answers profile and CSV requests', async () => {
		const engine = new SimulatorEngine();
		const out: SimulatorResponse[] = [];
		const post = (r: SimulatorResponse) => out.push(r);
		await engine.handle({ id: 1, type: 'csv', which: 'orders' }, post);
		expect(out.pop()).toEqual({
			id: 1,
			type: 'error',
			message: 'noDataset: not generated',
			fault: { code: 'noDataset' }
		});
		await engine.handle(
			{ id: 2, type: 'generate', seed: 4, customers: 300, today: TODAY, options: DEFAULT_ANALYSIS },
			post
		);
		const done = out.pop();
		expect(out.every((r) => r.type === 'progress')).toBe(true);
		expect(out.length).toBeGreaterThan(2);
		if (done?.type !== 'snapshot') throw new Error('no snapshot');
		expect(done.snapshot.report.customers).toBe(300);
		await engine.handle({ id: 3, type: 'analyse', options: { ...DEFAULT_ANALYSIS, highFrom: 3 } }, post);
		const again = out.pop();
		if (again?.type !== 'snapshot') throw new Error('no snapshot');
		expect(again.snapshot.report.segments[0]?.customers).toBeGreaterThan(
			done.snapshot.report.segments[0]?.customers ?? 0
		);
		await engine.handle({ id: 4, type: 'csv', which: 'customers' }, post);
		const csv = out.pop();
		expect(csv?.type === 'csv' && csv.text.split('\n').length).toBe(302);
	});
});

/** Prints of the snapshot (timings aside) and the orders CSV an engine gives for one generation. */
async function shop(engine: SimulatorEngine, before?: number): Promise<string[]> {
	const out: SimulatorResponse[] = [];
	const post = (r: SimulatorResponse) => out.push(r);
	const options = DEFAULT_ANALYSIS;
	if (before !== undefined) {
		await engine.handle(
			{ id: 0, type: 'generate', seed: before, customers: 500, today: TODAY, options },
			post
		);
		out.length = 0;
	}
	await engine.handle({ id: 1, type: 'generate', seed: 21, customers: 500, today: TODAY, options }, post);
	await engine.handle({ id: 2, type: 'csv', which: 'orders' }, post);
	return out.flatMap((r) => {
		if (r.type === 'csv') return [fingerprint([r.text])];
		if (r.type !== 'snapshot') return [];
		const { customers: c, metrics: m, report } = r.snapshot;
		const columns = [c.surname, c.given, c.city, c.channel, c.tier, c.stage, c.joinDay, m.segments, m.clv];
		return [fingerprint([...columns, m.values.monetary, m.scores.r, JSON.stringify(report)])];
	});
}

/** A helper as the second worker is: its own copy of each part, its own columns, answered later. */
function aHelper(): GeneratorHelper & { asked: string[] } {
	const asked: string[] = [];
	return {
		asked,
		async customers(part) {
			asked.push('customers');
			await Promise.resolve();
			return drawCustomerPart({ ...part });
		},
		async orders(part) {
			asked.push('orders');
			const copy = { ...part, orderStart: part.orderStart.slice(), value: part.value.slice() };
			const rows = orderRows((copy.orderStart.at(-1) ?? 0) - (copy.orderStart[0] ?? 0));
			await Promise.resolve();
			drawOrders(copy, rows);
			return rows;
		}
	};
}

describe('SimulatorEngine with a helper for half of the customers and orders', () => {
	it('gives the same shop as drawing everything itself', async () => {
		const alone = await shop(new SimulatorEngine());
		const helper = aHelper();
		expect(await shop(new SimulatorEngine(helper))).toEqual(alone);
		expect(helper.asked).toEqual(['customers', 'orders']);
		// The columns of a shop generated before are written over, not read.
		expect(await shop(new SimulatorEngine(aHelper()), 5)).toEqual(alone);
		expect(await shop(new SimulatorEngine(), 5)).toEqual(alone);
		// A helper that fails leaves its part to the engine, with the same result.
		const stopped = () => Promise.reject(new Error('stopped'));
		expect(await shop(new SimulatorEngine({ customers: stopped, orders: stopped }))).toEqual(alone);
	});

	it('answers requests in the order they came while a generation waits for its helper', async () => {
		let release = () => {};
		const helper = aHelper();
		const engine = new SimulatorEngine({
			customers: (part) => new Promise((resolve) => (release = () => resolve(helper.customers(part)))),
			orders: (part) => helper.orders(part)
		});
		const answered: string[] = [];
		const post = (r: SimulatorResponse) => void (r.type !== 'progress' && answered.push(r.type));
		const options = DEFAULT_ANALYSIS;
		const generated = engine.handle(
			{ id: 1, type: 'generate', seed: 2, customers: 300, today: TODAY, options },
			post
		);
		const profiled = engine.handle({ id: 2, type: 'profile', customer: 0 }, post);
		await new Promise((r) => setTimeout(r, 0));
		expect(answered).toEqual([]);
		release();
		await Promise.all([generated, profiled]);
		expect(answered).toEqual(['snapshot', 'profile']);
	});
});

describe('customerProfile', () => {
	it('collects one customer’s orders, tickets and survey answer', () => {
		const ds = generateDataset({ seed: 9, customers: 400, today: TODAY });
		const i = ds.tickets.customer[0] ?? 0;
		const profile = customerProfile(ds, i);
		expect(profile.orders).toHaveLength((ds.orders.orderStart[i + 1] ?? 0) - (ds.orders.orderStart[i] ?? 0));
		expect(profile.tickets.length).toBeGreaterThan(0);
		expect(() => customerProfile(ds, 400)).toThrow(RangeError);
	});
});
