/** NPS from the survey, and ticket satisfaction and response times per service channel and ticket type. */
import { TICKET_CHANNELS, TICKET_TYPES, type TicketChannel, type TicketType } from './catalog';
import type { TicketColumns } from './dataset';

export interface Nps {
	answers: number;
	/** scores 9–10 */
	promoters: number;
	/** scores 7–8 */
	passives: number;
	/** scores 0–6 */
	detractors: number;
	/** % promoters − % detractors, −100 to 100, one decimal */
	score: number;
}

/** Net Promoter Score from 0–10 answers. */
export function netPromoterScore(scores: ArrayLike<number>): Nps {
	let promoters = 0;
	let detractors = 0;
	for (let k = 0; k < scores.length; k++) {
		const s = scores[k] ?? 0;
		if (s >= 9) promoters += 1;
		else if (s <= 6) detractors += 1;
	}
	const answers = scores.length;
	const score = answers > 0 ? Math.round(((promoters - detractors) / answers) * 1000) / 10 : 0;
	return { answers, promoters, passives: answers - promoters - detractors, detractors, score };
}

export interface ServiceGroup<K> {
	key: K;
	tickets: number;
	/** mean satisfaction 1–5, two decimals; 0 without tickets */
	satisfaction: number;
	/** the tickets' satisfaction added up, so one ticket's change can be applied exactly */
	satisfactionSum: number;
	/** mean minutes to the first reply, one decimal */
	responseMinutes: number;
}

function groupBy<K>(
	tickets: TicketColumns,
	keys: readonly K[],
	keyOf: (k: number) => number
): ServiceGroup<K>[] {
	const count = new Array<number>(keys.length).fill(0);
	const sat = new Array<number>(keys.length).fill(0);
	const minutes = new Array<number>(keys.length).fill(0);
	for (let k = 0; k < tickets.count; k++) {
		const g = keyOf(k);
		count[g] = (count[g] ?? 0) + 1;
		sat[g] = (sat[g] ?? 0) + (tickets.satisfaction[k] ?? 0);
		minutes[g] = (minutes[g] ?? 0) + (tickets.responseMinutes[k] ?? 0);
	}
	return keys.map((key, g) => {
		const n = count[g] ?? 0;
		return {
			key,
			tickets: n,
			satisfaction: n ? Math.round(((sat[g] ?? 0) / n) * 100) / 100 : 0,
			satisfactionSum: sat[g] ?? 0,
			responseMinutes: n ? Math.round(((minutes[g] ?? 0) / n) * 10) / 10 : 0
		};
	});
}

export function serviceByChannel(tickets: TicketColumns): ServiceGroup<TicketChannel>[] {
	return groupBy(tickets, TICKET_CHANNELS, (k) => tickets.channel[k] ?? 0);
}

export function serviceByType(tickets: TicketColumns): ServiceGroup<TicketType>[] {
	return groupBy(tickets, TICKET_TYPES, (k) => tickets.type[k] ?? 0);
}
