/**
 * Answered desk tickets as facts kept beside the shop: which ticket, the satisfaction before and after
 * the reply, and what that does to the shop's service figures.
 */
import type { TicketChannel, TicketType } from '../crm/catalog';
import type { ServiceGroup } from '../crm/service';

/** The shop a ticket belongs to: the seed and the size it was generated with. */
export interface ShopRef {
	seed: number;
	customers: number;
}

/** What one answered ticket did, as the service screen needs it. */
export interface AnsweredTicket {
	customer: number;
	/** days between the ticket and the shop's "today", so the same shop generated on a later day keeps its answers */
	age: number;
	type: TicketType;
	channel: TicketChannel;
	/** satisfaction 1–5 the generated data gave the ticket */
	before: number;
	/** satisfaction 1–5 after the learner's reply */
	after: number;
}

/** The shop part of an answer id: "2026:2000". */
export function shopKey(shop: ShopRef): string {
	return `${shop.seed}:${shop.customers}`;
}

/** The id an answer is stored under: "2026:2000:417:12" (shop, customer, age in days). */
export function deskAnswerId(shop: ShopRef, customer: number, age: number): string {
	return `${shopKey(shop)}:${customer}:${age}`;
}

/** A group's figures with the answered tickets at their new satisfaction. */
export interface GroupAfter<K> {
	key: K;
	tickets: number;
	/** mean satisfaction 1–5 as generated, two decimals */
	before: number;
	/** mean satisfaction 1–5 after the desk's replies, two decimals */
	after: number;
	/** answered tickets in the group */
	answered: number;
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * Each service group's satisfaction once the answered tickets take their new value. An answer that
 * the group cannot hold (more answers than tickets, more satisfaction taken out than is in it) is left out.
 */
export function groupsAfterReplies<K>(
	groups: readonly ServiceGroup<K>[],
	answers: readonly AnsweredTicket[],
	keyOf: (a: AnsweredTicket) => K
): GroupAfter<K>[] {
	return groups.map((g) => {
		const mine = answers.filter((a) => keyOf(a) === g.key);
		const removed = mine.reduce((s, a) => s + a.before, 0);
		const fits = mine.length <= g.tickets && removed <= g.satisfactionSum && g.tickets > 0;
		const delta = fits ? mine.reduce((s, a) => s + a.after - a.before, 0) : 0;
		return {
			key: g.key,
			tickets: g.tickets,
			before: g.satisfaction,
			after: g.tickets > 0 ? round2((g.satisfactionSum + delta) / g.tickets) : 0,
			answered: fits ? mine.length : 0
		};
	});
}

/** The answered tickets' own mean satisfaction before and after (1–5), or null with none answered. */
export function answeredMeans(answers: readonly AnsweredTicket[]): { before: number; after: number } | null {
	if (answers.length === 0) return null;
	const mean = (pick: (a: AnsweredTicket) => number) =>
		round2(answers.reduce((s, a) => s + pick(a), 0) / answers.length);
	return { before: mean((a) => a.before), after: mean((a) => a.after) };
}
