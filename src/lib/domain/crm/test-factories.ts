// Test data builders for the CRM metric tests: small tables that can be checked by hand.
import type { OrderColumns, TicketColumns } from './dataset';
import type { ScoreMode } from './rfm';

export interface OrderSpec {
	day: number;
	amount: number;
	items?: number;
}

/** Grouped order columns from each customer's orders, oldest first. */
export function orderColumns(perCustomer: readonly (readonly OrderSpec[])[]): OrderColumns {
	const all = perCustomer.flat();
	const orderStart = new Int32Array(perCustomer.length + 1);
	perCustomer.forEach((orders, i) => (orderStart[i + 1] = (orderStart[i] ?? 0) + orders.length));
	return {
		count: all.length,
		orderStart,
		day: Int32Array.from(all, (o) => o.day),
		amount: Float64Array.from(all, (o) => o.amount),
		items: Uint8Array.from(all, (o) => o.items ?? 1)
	};
}

export interface TicketSpec {
	customer?: number;
	type?: number;
	channel: number;
	minutes: number;
	satisfaction: number;
	day?: number;
}

export function ticketColumns(tickets: readonly TicketSpec[]): TicketColumns {
	return {
		count: tickets.length,
		customer: Int32Array.from(tickets, (t) => t.customer ?? 0),
		type: Uint8Array.from(tickets, (t) => t.type ?? 0),
		channel: Uint8Array.from(tickets, (t) => t.channel),
		responseMinutes: Float32Array.from(tickets, (t) => t.minutes),
		satisfaction: Uint8Array.from(tickets, (t) => t.satisfaction),
		day: Int32Array.from(tickets, (t) => t.day ?? 0)
	};
}

/** FNV-1a over every byte of the columns and the characters of the texts: pins outputs without storing them. */
export function fingerprint(columns: readonly (ArrayBufferView | string)[]): string {
	let h = 0x811c9dc5;
	for (const c of columns) {
		const bytes =
			typeof c === 'string'
				? new TextEncoder().encode(c)
				: new Uint8Array(c.buffer, c.byteOffset, c.byteLength);
		for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0;
	}
	return h.toString(16);
}

/** Learner-set cut points for R (days), F (orders) and M (元), as the threshold mode takes them. */
export const THRESHOLD_MODE: ScoreMode = {
	kind: 'thresholds',
	recency: [30, 60, 90, 180],
	frequency: [2, 3, 5, 8],
	monetary: [50, 120, 300, 900]
};
