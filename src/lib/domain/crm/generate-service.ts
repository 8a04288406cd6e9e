/** Service tickets and NPS answers, derived from the orders so unhappy service shows up in the scores. */
import { roundHalfUp } from './rounding';
import { TICKET_TYPE_WEIGHTS } from './catalog';
import type { NpsColumns, OrderColumns, TicketColumns } from './dataset';
import { cumulative, pickAt, STEP, unitAt, type Random } from './random';

/** tickets per order, on average */
const TICKET_RATE = 0.08;
/** share of buying customers who answer the survey */
const SURVEY_RATE = 0.25;
const COMPLAINT = 1;

export function generateTickets(orders: OrderColumns, random: Random): TicketColumns {
	const { orderStart, day: orderDay } = orders;
	const n = orderStart.length - 1;
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
	const turn = 2 * Math.PI;
	let j = 0;
	// An exponential wait, a normal (Box–Muller) and whole numbers, drawn on a local counter (see unitAt).
	let s = random.state;
	for (let i = 0; i < n; i++) {
		const start = orderStart[i] ?? 0;
		const c = (orderStart[i + 1] ?? 0) - start;
		if (c === 0) continue;
		const many = Math.floor(c * TICKET_RATE + unitAt((s = (s + STEP) | 0)));
		for (let k = 0; k < many && j < capacity; k++, j++) {
			const type = pickAt(typeCdf, unitAt((s = (s + STEP) | 0)));
			const hotline = unitAt((s = (s + STEP) | 0)) < 0.38 ? 1 : 0;
			const wait = -Math.log(1 - unitAt((s = (s + STEP) | 0)));
			const minutes = hotline ? 1 + wait * 11 : 0.5 + wait * 4;
			const mood =
				4.5 -
				(type === COMPLAINT ? 1 : 0) -
				(type === 2 || type === 3 ? 0.4 : 0) -
				0.04 * Math.min(minutes, 40);
			const u1 = 1 - unitAt((s = (s + STEP) | 0));
			const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(turn * unitAt((s = (s + STEP) | 0)));
			t.customer[j] = i;
			t.type[j] = type;
			t.channel[j] = hotline;
			t.responseMinutes[j] = roundHalfUp(minutes * 10) / 10;
			t.satisfaction[j] = Math.max(1, Math.min(5, roundHalfUp(mood + 0.7 * z)));
			const ordered = orderDay[start + Math.floor(unitAt((s = (s + STEP) | 0)) * c)] ?? 0;
			t.day[j] = ordered + Math.floor(unitAt((s = (s + STEP) | 0)) * 5);
		}
	}
	random.state = s;
	t.count = j;
	return t;
}

export function generateNps(orders: OrderColumns, tickets: TicketColumns, random: Random): NpsColumns {
	const { orderStart } = orders;
	const n = orderStart.length - 1;
	// Each customer's worst ticket satisfaction pulls their recommendation down.
	const worst = new Uint8Array(n).fill(6);
	for (let k = 0; k < tickets.count; k++) {
		const i = tickets.customer[k] ?? 0;
		worst[i] = Math.min(worst[i] ?? 6, tickets.satisfaction[k] ?? 5);
	}
	const customer = new Int32Array(n);
	const score = new Uint8Array(n);
	const turn = 2 * Math.PI;
	let count = 0;
	let s = random.state;
	for (let i = 0; i < n; i++) {
		const f = (orderStart[i + 1] ?? 0) - (orderStart[i] ?? 0);
		if (f === 0 || unitAt((s = (s + STEP) | 0)) >= SURVEY_RATE) continue;
		const w = worst[i] ?? 6;
		const service = w <= 2 ? -2.5 : w === 3 ? -1 : 0;
		const u1 = 1 - unitAt((s = (s + STEP) | 0));
		const z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(turn * unitAt((s = (s + STEP) | 0)));
		const raw = 6 + 1.1 * Math.log(f) + service + 1.6 * z;
		customer[count] = i;
		score[count] = Math.max(0, Math.min(10, roundHalfUp(raw)));
		count += 1;
	}
	random.state = s;
	return { count, customer: customer.slice(0, count), score: score.slice(0, count) };
}
