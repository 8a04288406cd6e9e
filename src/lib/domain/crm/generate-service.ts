/** Service tickets and NPS answers, derived from the orders so unhappy service shows up in the scores. */
import { TICKET_TYPE_WEIGHTS } from './catalog';
import type { NpsColumns, OrderColumns, TicketColumns } from './dataset';
import { cumulative, exponential, normal, pickWeighted, randomInt, type Random } from './random';

/** tickets per order, on average */
const TICKET_RATE = 0.08;
/** share of buying customers who answer the survey */
const SURVEY_RATE = 0.25;
const COMPLAINT = 1;

export function generateTickets(orders: OrderColumns, random: Random): TicketColumns {
	const n = orders.orderStart.length - 1;
	const typeCdf = cumulative(TICKET_TYPE_WEIGHTS);
	const capacity = Math.ceil(orders.count * TICKET_RATE * 1.2) + n + 16;
	const t: TicketColumns = {
		count: 0,
		customer: new Int32Array(capacity),
		type: new Uint8Array(capacity),
		channel: new Uint8Array(capacity),
		responseMinutes: new Float32Array(capacity),
		satisfaction: new Uint8Array(capacity),
		day: new Int32Array(capacity)
	};
	for (let i = 0; i < n; i++) {
		const start = orders.orderStart[i] ?? 0;
		const c = (orders.orderStart[i + 1] ?? 0) - start;
		if (c === 0) continue;
		const many = Math.floor(c * TICKET_RATE + random.next());
		for (let k = 0; k < many && t.count < capacity; k++) {
			const type = pickWeighted(random, typeCdf);
			const hotline = random.next() < 0.38 ? 1 : 0;
			const minutes = hotline ? 1 + exponential(random, 11) : 0.5 + exponential(random, 4);
			const mood =
				4.5 -
				(type === COMPLAINT ? 1 : 0) -
				(type === 2 || type === 3 ? 0.4 : 0) -
				0.04 * Math.min(minutes, 40);
			const j = t.count++;
			t.customer[j] = i;
			t.type[j] = type;
			t.channel[j] = hotline;
			t.responseMinutes[j] = Math.round(minutes * 10) / 10;
			t.satisfaction[j] = Math.max(1, Math.min(5, Math.round(mood + 0.7 * normal(random))));
			t.day[j] = (orders.day[start + randomInt(random, c)] ?? 0) + randomInt(random, 5);
		}
	}
	return t;
}

export function generateNps(orders: OrderColumns, tickets: TicketColumns, random: Random): NpsColumns {
	const n = orders.orderStart.length - 1;
	// Each customer's worst ticket satisfaction pulls their recommendation down.
	const worst = new Uint8Array(n).fill(6);
	for (let k = 0; k < tickets.count; k++) {
		const i = tickets.customer[k] ?? 0;
		worst[i] = Math.min(worst[i] ?? 6, tickets.satisfaction[k] ?? 5);
	}
	const customer = new Int32Array(n);
	const score = new Uint8Array(n);
	let count = 0;
	for (let i = 0; i < n; i++) {
		const f = (orders.orderStart[i + 1] ?? 0) - (orders.orderStart[i] ?? 0);
		if (f === 0 || random.next() >= SURVEY_RATE) continue;
		const service = (worst[i] ?? 6) <= 2 ? -2.5 : (worst[i] ?? 6) === 3 ? -1 : 0;
		const raw = 6 + 1.1 * Math.log(f) + service + 1.6 * normal(random);
		customer[count] = i;
		score[count] = Math.max(0, Math.min(10, Math.round(raw)));
		count += 1;
	}
	return { count, customer: customer.slice(0, count), score: score.slice(0, count) };
}
