import { describe, expect, it } from 'vitest';
import {
	customerCounter,
	customerDraws,
	drawCustomerPart,
	drawCustomers,
	placeCustomers
} from './generate-customers';
import { fingerprint } from './test-factories';

const TODAY = 20_788;

describe('drawing the customers in parts', () => {
	it('finds the counter before any customer, as drawing those before it leaves it', () => {
		const whole = customerDraws(500);
		for (const at of [0, 1, 77, 499]) {
			expect(customerCounter(-123, at)).toBe(drawCustomers(at, TODAY, -123, customerDraws(at)));
		}
		expect(customerCounter(-123, 500)).toBe(drawCustomers(500, TODAY, -123, whole));
	});

	it('gives the columns of one draw over every customer', () => {
		const whole = customerDraws(900);
		const end = drawCustomers(900, TODAY, 42, whole);
		const parts = customerDraws(900);
		const first = drawCustomers(400, TODAY, 42, parts);
		const rest = drawCustomerPart({ from: 400, count: 500, today: TODAY, state: 42 });
		placeCustomers(parts, rest.customers, 400);
		expect(rest.state).toBe(end);
		expect(first).toBe(customerCounter(42, 400));
		const print = (c: typeof whole) => fingerprint(Object.values(c) as ArrayBufferView[]);
		expect(print(parts)).toBe(print(whole));
	});
});
