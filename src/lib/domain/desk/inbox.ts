/** The desk's inbox: the generated shop's tickets as messages to answer, with the facts a reply must get right. */
import { STAGES, TICKET_CHANNELS, TICKET_TYPES, type TicketChannel, type TicketType } from '../crm/catalog';
import type { CustomerColumns } from '../crm/dataset';
import type { CustomerProfile } from '../crm/engine';
import { customerName } from '../crm/names';
import { seededRandom, randomInt } from '../crm/random';
import type { ReplyTicket } from './reply-check';

export interface DeskTicket {
	/** stable within one shop: customer and day */
	key: string;
	customer: number;
	name: string;
	day: number;
	channel: TicketChannel;
	/** the satisfaction (1–5) the generated data gave this ticket */
	satisfaction: number;
	facts: ReplyTicket;
}

/** days until a refund is back, per ticket type; null when the type owes no money */
const REFUND_DAYS: Record<TicketType, number | null> = {
	咨询: null,
	投诉: null,
	退货: 7,
	退款: 3,
	售后: null
};
const WITH_AMOUNT = new Set<TicketType>(['退货', '退款', '售后']);

/** Which customers to read for the inbox: a seeded sample, so the same shop shows the same inbox. */
export function inboxCustomers(seed: number, customerCount: number, sample = 40): number[] {
	const random = seededRandom(seed ^ 0x6b656675);
	const picked = new Set<number>();
	while (picked.size < Math.min(sample, customerCount)) picked.add(randomInt(random, customerCount));
	return [...picked];
}

/** The latest ticket of each sampled customer, newest first, at most `size`. */
export function buildInbox(
	profiles: readonly CustomerProfile[],
	customers: CustomerColumns,
	size = 10
): DeskTicket[] {
	const tickets = profiles.flatMap((p): DeskTicket[] => {
		const t = p.tickets.at(-1);
		if (!t) return [];
		const type = TICKET_TYPES[t.type] ?? '咨询';
		const order = p.orders.filter((o) => o.day <= t.day).at(-1) ?? p.orders.at(-1);
		const stage = STAGES[customers.stage[p.customer] ?? 0];
		const channel = TICKET_CHANNELS[t.channel] ?? '在线客服';
		return [
			{
				key: `${p.customer}-${t.day}`,
				customer: p.customer,
				name: customerName(customers, p.customer),
				day: t.day,
				channel,
				satisfaction: t.satisfaction,
				facts: {
					type,
					// A hotline call is followed up in writing; an online chat is answered in the chat.
					form: channel === '客服热线' ? 'email' : 'chat',
					audience: stage === '伙伴' ? 'company' : 'consumer',
					orderNo: `DD${order?.day ?? t.day}${String(p.customer).padStart(5, '0')}`,
					amount: WITH_AMOUNT.has(type) && order ? Math.round(order.amount) : null,
					refundDays: REFUND_DAYS[type]
				}
			}
		];
	});
	const newest = tickets.sort((a, b) => b.day - a.day || a.customer - b.customer);
	// The newest ticket of each type first, so the inbox shows every kind of request the shop has.
	const firsts = TICKET_TYPES.flatMap((type) => newest.find((t) => t.facts.type === type) ?? []);
	const rest = newest.filter((t) => !firsts.includes(t));
	return [...firsts, ...rest].slice(0, size).sort((a, b) => b.day - a.day || a.customer - b.customer);
}
