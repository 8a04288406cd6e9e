import { describe, expect, it } from 'vitest';
import { completeDataset, draftDataset, generateDataset } from './generate';
import {
	counterAfter,
	drawOrders,
	orderDraws,
	orderRows,
	splitOrderParts,
	type OrderRows
} from './generate-orders';
import { seededRandom } from './random';
import { fingerprint } from './test-factories';

const TODAY = 20_788;

describe('drawing the orders in parts', () => {
	it('gives the rows and the counter of one draw over every customer, however it is split', () => {
		const draft = draftDataset({ seed: 12, customers: 3000, orders: 31_111, today: TODAY });
		const total = draft.orders.orderStart[3000] ?? 0;
		const whole = orderRows(total);
		const end = drawOrders(draft.orders, whole);
		const print = (rows: OrderRows) => fingerprint([rows.day, rows.amount, rows.items]);
		expect(end).toBe(counterAfter(draft.orders.state, orderDraws(draft.orders.orderStart)));
		for (const count of [1, 2, 3, 7]) {
			const rows = orderRows(total);
			let last = NaN;
			for (const part of splitOrderParts(draft.orders, draft.orders.state, count)) {
				const from = part.orderStart[0] ?? 0;
				const to = part.orderStart.at(-1) ?? 0;
				// Each part draws into its own columns, as a second worker would, and is copied in.
				const own = orderRows(to - from);
				last = drawOrders(part, own);
				rows.day.set(own.day, from);
				rows.amount.set(own.amount, from);
				rows.items.set(own.items, from);
			}
			expect(last).toBe(end);
			expect(print(rows)).toBe(print(whole));
		}
	});

	it('splits by draws, so the parts take about equal work and cover every customer once', () => {
		const draft = draftDataset({ seed: 3, customers: 5000, today: TODAY });
		const parts = splitOrderParts(draft.orders, draft.orders.state, 2);
		expect(parts.map((p) => p.value.length).reduce((a, b) => a + b)).toBe(5000);
		const [a, b] = parts.map((p) => orderDraws(p.orderStart));
		expect(Math.abs((a ?? 0) - (b ?? 0)) / ((a ?? 0) + (b ?? 0))).toBeLessThan(0.02);
	});

	it('completes the same dataset from rows drawn in parts as generateDataset makes', () => {
		const options = { seed: 2026, customers: 800, today: TODAY };
		const draft = draftDataset(options);
		const rows = orderRows(draft.orders.orderStart[800] ?? 0);
		for (const part of splitOrderParts(draft.orders, draft.orders.state, 2).reverse()) {
			const from = part.orderStart[0] ?? 0;
			drawOrders(part, {
				day: rows.day.subarray(from),
				amount: rows.amount.subarray(from),
				items: rows.items.subarray(from)
			});
		}
		expect(completeDataset(draft, rows)).toEqual(generateDataset(options));
	});

	it('moves the counter as that many single draws would', () => {
		const random = seededRandom(-5);
		for (let k = 0; k < 1234; k++) random.next();
		expect(counterAfter(-5, 1234)).toBe(random.state);
	});
});
