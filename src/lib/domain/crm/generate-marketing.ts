/** Marketing spend per channel and month (booked against the customers actually won) and the B2B sales funnel. */
import { CHANNEL_BASE_CAC, CHANNEL_CLICK_RATE, CHANNELS, FUNNEL_STAGES, HISTORY_DAYS } from './catalog';
import type { CustomerColumns, SpendRow } from './dataset';
import { monthIndex, monthLabel } from './days';
import { normal, type Random } from './random';

export function generateSpend(customers: CustomerColumns, today: number, random: Random): SpendRow[] {
	const first = monthIndex(today - HISTORY_DAYS);
	const months = monthIndex(today) - first + 1;
	const won = new Int32Array(CHANNELS.length * months);
	// Everyone joined within the history, so each join day's month is worked out once, not per customer.
	const start = today - HISTORY_DAYS;
	const monthOf = Int32Array.from({ length: HISTORY_DAYS + 1 }, (_, d) => monthIndex(start + d) - first);
	for (let i = 0; i < customers.count; i++) {
		const day = customers.joinDay[i] ?? 0;
		const inside = day >= start && day <= today;
		const month = inside ? (monthOf[day - start] ?? 0) : monthIndex(day) - first;
		const cell = (customers.channel[i] ?? 0) * months + month;
		won[cell] = (won[cell] ?? 0) + 1;
	}
	const rows: SpendRow[] = [];
	CHANNELS.forEach((_, channel) => {
		for (let m = 0; m < months; m++) {
			const conversions = won[channel * months + m] ?? 0;
			const cac = (CHANNEL_BASE_CAC[channel] ?? 80) * Math.exp(0.15 * normal(random));
			const rate = (CHANNEL_CLICK_RATE[channel] ?? 0.02) * Math.exp(0.1 * normal(random));
			rows.push({
				channel,
				month: monthLabel(first + m),
				spend: Math.round(conversions * cac),
				clicks: Math.round(conversions / rate),
				conversions
			});
		}
	});
	return rows;
}

/** Each B2B lead moves on stage by stage with a seeded chance, and stops at the first stage it fails. */
export function generateFunnel(customers: number, random: Random): Uint8Array {
	const leads = Math.max(120, Math.round(customers / 20));
	const pass = [0.62, 0.58, 0.48, 0.55, 0.44].map((p) => Math.min(0.95, p * Math.exp(0.1 * normal(random))));
	const reached = new Uint8Array(leads);
	for (let k = 0; k < leads; k++) {
		let stage = 0;
		while (stage < FUNNEL_STAGES.length - 1 && random.next() < (pass[stage] ?? 0)) stage += 1;
		reached[k] = stage;
	}
	return reached;
}
