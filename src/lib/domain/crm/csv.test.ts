import { describe, expect, it } from 'vitest';
import { customerMetrics, DEFAULT_ANALYSIS } from './analysis';
import { csvField, CUSTOMER_HEADER, customersCsv, ORDER_HEADER, ordersCsv } from './csv';
import { generateDataset } from './generate';

describe('csv', () => {
	it('quotes fields that need it', () => {
		expect(csvField('王伟')).toBe('王伟');
		expect(csvField('a,b')).toBe('"a,b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
	});

	it('writes one line per customer and per order under the header', () => {
		const ds = generateDataset({ seed: 2, customers: 200, today: 20_788 });
		const metrics = customerMetrics(ds, DEFAULT_ANALYSIS);
		const customers = customersCsv(ds, metrics).trimEnd().split('\n');
		expect(customers[0]).toBe(CUSTOMER_HEADER.join(','));
		expect(customers).toHaveLength(201);
		const first = customers[1]?.split(',') ?? [];
		expect(first).toHaveLength(CUSTOMER_HEADER.length);
		expect(Number(first[8])).toBe(metrics.values.frequency[0]);
		const orders = ordersCsv(ds).trimEnd().split('\n');
		expect(orders[0]).toBe(ORDER_HEADER.join(','));
		expect(orders).toHaveLength(ds.orders.count + 1);
	});
});
