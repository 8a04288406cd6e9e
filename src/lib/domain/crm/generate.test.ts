import { describe, expect, it } from 'vitest';
import { CHANNELS, STAGES, TIERS } from './catalog';
import { generateDataset, GeneratorError } from './generate';
import { customerCode, customerName } from './names';
import { rfmValues } from './rfm';
import { topShare } from './pyramid';
import { fingerprint } from './test-factories';

const TODAY = 20_788; // 2026-12-01

describe('generateDataset', () => {
	it('gives the same data for the same seed, and different data for another seed', () => {
		const a = generateDataset({ seed: 7, customers: 500, today: TODAY });
		const b = generateDataset({ seed: 7, customers: 500, today: TODAY });
		const c = generateDataset({ seed: 8, customers: 500, today: TODAY });
		expect(b).toEqual(a);
		expect(Array.from(c.orders.amount.slice(0, 50))).not.toEqual(Array.from(a.orders.amount.slice(0, 50)));
	});

	it('keeps giving a seed the very data it gave before, so a shared shop opens the same for everyone', () => {
		const ds = generateDataset({ seed: 7, customers: 500, today: 20_800 });
		const { customers: c, orders: o, tickets: t, nps } = ds;
		const columns: ArrayBufferView[] = [c.surname, c.given, c.city, c.channel, c.tier, c.stage, c.joinDay];
		columns.push(o.orderStart, o.day, o.amount, o.items, t.customer, t.type, t.channel, t.responseMinutes);
		columns.push(t.satisfaction, t.day, nps.customer, nps.score, ds.funnel);
		// Pinned from the generator before its order loop was rewritten for speed.
		expect(fingerprint(columns)).toBe('e3064b52');
		expect(JSON.stringify(ds.spend)).toHaveLength(9153);
	});

	it('places exactly the orders asked for, grouped by customer and oldest first', () => {
		const ds = generateDataset({ seed: 3, customers: 1000, orders: 12_345, today: TODAY });
		expect(ds.orders.count).toBe(12_345);
		expect(ds.orders.orderStart.at(-1)).toBe(12_345);
		for (let i = 0; i < ds.customers.count; i++) {
			const start = ds.orders.orderStart[i] ?? 0;
			const end = ds.orders.orderStart[i + 1] ?? 0;
			for (let k = start; k < end; k++) {
				expect(ds.orders.day[k]).toBeGreaterThanOrEqual(ds.customers.joinDay[i] ?? 0);
				expect(ds.orders.day[k]).toBeLessThanOrEqual(TODAY);
				if (k > start) expect(ds.orders.day[k]).toBeGreaterThanOrEqual(ds.orders.day[k - 1] ?? 0);
			}
		}
	});

	it('makes a steep pyramid: the top 5 % bring well over a quarter of revenue', () => {
		const ds = generateDataset({ seed: 11, customers: 5000, today: TODAY });
		const share = topShare(rfmValues(ds.orders, TODAY).monetary, 0.05);
		expect(share).toBeGreaterThan(0.3);
		expect(share).toBeLessThan(0.7);
	});

	it('uses every channel, tier and stage, with satisfaction 1–5 and NPS 0–10', () => {
		const ds = generateDataset({ seed: 5, customers: 5000, today: TODAY });
		expect(new Set(ds.customers.channel).size).toBe(CHANNELS.length);
		expect(new Set(ds.customers.tier).size).toBe(TIERS.length);
		expect(new Set(ds.customers.stage).size).toBe(STAGES.length);
		expect(Math.min(...ds.tickets.satisfaction.slice(0, ds.tickets.count))).toBeGreaterThanOrEqual(1);
		expect(Math.max(...ds.tickets.satisfaction.slice(0, ds.tickets.count))).toBeLessThanOrEqual(5);
		expect(Math.max(...ds.nps.score)).toBeLessThanOrEqual(10);
		// Spend is booked against the customers actually won.
		expect(ds.spend.reduce((n, r) => n + r.conversions, 0)).toBe(5000);
	});

	it('names customers in Chinese and numbers them', () => {
		const ds = generateDataset({ seed: 1, customers: 200, today: TODAY });
		expect(customerName(ds.customers, 0)).toMatch(/^\p{Script=Han}{2,3}$/u);
		expect(customerCode(41)).toBe('C000042');
	});

	it('rejects sizes outside 200–100,000', () => {
		expect(() => generateDataset({ seed: 1, customers: 199, today: TODAY })).toThrow(GeneratorError);
		expect(() => generateDataset({ seed: 1, customers: 100_001, today: TODAY })).toThrow(/200 to 100000/);
		expect(() => generateDataset({ seed: 1.5, customers: 300, today: TODAY })).toThrow(/integer/);
	});
});
