import { describe, expect, it } from 'vitest';
import { DEFAULT_ANALYSIS } from './analysis';
import { customerProfile, SimulatorEngine, type SimulatorResponse } from './engine';
import { generateDataset } from './generate';

const TODAY = 20_788;

describe('SimulatorEngine', () => {
	it('generates with progress, re-analyses, and answers profile and CSV requests', () => {
		const engine = new SimulatorEngine();
		const out: SimulatorResponse[] = [];
		const post = (r: SimulatorResponse) => out.push(r);
		engine.handle({ id: 1, type: 'csv', which: 'orders' }, post);
		expect(out.pop()).toEqual({
			id: 1,
			type: 'error',
			message: 'noDataset: not generated',
			fault: { code: 'noDataset' }
		});
		engine.handle(
			{ id: 2, type: 'generate', seed: 4, customers: 300, today: TODAY, options: DEFAULT_ANALYSIS },
			post
		);
		const done = out.pop();
		expect(out.every((r) => r.type === 'progress')).toBe(true);
		expect(out.length).toBeGreaterThan(2);
		if (done?.type !== 'snapshot') throw new Error('no snapshot');
		expect(done.snapshot.report.customers).toBe(300);
		engine.handle({ id: 3, type: 'analyse', options: { ...DEFAULT_ANALYSIS, highFrom: 3 } }, post);
		const again = out.pop();
		if (again?.type !== 'snapshot') throw new Error('no snapshot');
		expect(again.snapshot.report.segments[0]?.customers).toBeGreaterThan(
			done.snapshot.report.segments[0]?.customers ?? 0
		);
		engine.handle({ id: 4, type: 'csv', which: 'customers' }, post);
		const csv = out.pop();
		expect(csv?.type === 'csv' && csv.text.split('\n').length).toBe(302);
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
