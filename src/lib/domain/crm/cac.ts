/** Customer acquisition cost: what winning one new customer costs, from a click funnel or from booked spend. */
import { CHANNELS, type Channel } from './catalog';
import type { SpendRow } from './dataset';

/** Which input is out of range; the message layer words it, the domain only names it. */
export type CacProblem = 'cost-per-click' | 'conversion-rate' | 'paying-customers';

export class CacError extends Error {
	override readonly name = 'CacError';
	constructor(
		readonly problem: CacProblem,
		readonly value: number
	) {
		super(problem);
	}
}

export interface FunnelCacInputs {
	/** 元 per ad click */
	costPerClick: number;
	/** 0–1 of clicks that register */
	clickToSignup: number;
	/** 0–1 of registrations that pay */
	signupToPaid: number;
}

export interface FunnelCac extends FunnelCacInputs {
	/** 0–1: clickToSignup × signupToPaid */
	clickToPaid: number;
	/** clicks bought per paying customer: 1 / clickToPaid */
	clicksPerCustomer: number;
	/** 元: costPerClick / clickToPaid */
	cac: number;
}

/** CAC from cost per click and two conversion rates, with the steps; throws CacError for rates outside (0, 1]. */
export function funnelCac(inputs: FunnelCacInputs): FunnelCac {
	const { costPerClick, clickToSignup, signupToPaid } = inputs;
	if (!(costPerClick >= 0)) throw new CacError('cost-per-click', costPerClick);
	for (const rate of [clickToSignup, signupToPaid]) {
		if (!(rate > 0 && rate <= 1)) throw new CacError('conversion-rate', rate);
	}
	const clickToPaid = clickToSignup * signupToPaid;
	return {
		...inputs,
		clickToPaid,
		clicksPerCustomer: Math.round((1 / clickToPaid) * 100) / 100,
		cac: Math.round((costPerClick / clickToPaid) * 100) / 100
	};
}

export interface ChannelCac {
	channel: Channel;
	/** 元 */
	spend: number;
	clicks: number;
	/** new customers who registered */
	conversions: number;
	/** of those, the customers who have paid for at least one order */
	paying: number;
	/** 元 per paying customer (spend ÷ paying, as in 5 ÷ (10 % × 20 %)); null when nobody paid */
	cac: number | null;
	/** 0–1 of clicks that became customers */
	conversionRate: number;
}

/**
 * Spend, clicks, new and paying customers, and CAC per channel over all months of `rows`.
 * `paying[c]` is how many of channel c's customers have paid; registrations who never bought do not count.
 */
export function cacByChannel(rows: readonly SpendRow[], paying: readonly number[]): ChannelCac[] {
	return CHANNELS.map((channel, c) => {
		const mine = rows.filter((r) => r.channel === c);
		const spend = mine.reduce((s, r) => s + r.spend, 0);
		const clicks = mine.reduce((s, r) => s + r.clicks, 0);
		const conversions = mine.reduce((s, r) => s + r.conversions, 0);
		const payers = paying[c] ?? 0;
		if (!(Number.isInteger(payers) && payers >= 0 && payers <= conversions))
			throw new CacError('paying-customers', payers);
		return {
			channel,
			spend,
			clicks,
			conversions,
			paying: payers,
			cac: payers > 0 ? Math.round((spend / payers) * 100) / 100 : null,
			conversionRate: clicks > 0 ? conversions / clicks : 0
		};
	});
}

export interface MonthlySpend {
	/** "2026-03" */
	month: string;
	/** 元 */
	spend: number;
	/** new registrations that month */
	conversions: number;
}

/** Spend and new registrations month by month (CAC needs paying customers, so it is per channel only), for one channel (index into CHANNELS) or all (-1). */
export function spendByMonth(rows: readonly SpendRow[], channel = -1): MonthlySpend[] {
	const months = new Map<string, { spend: number; conversions: number }>();
	for (const r of rows) {
		if (channel >= 0 && r.channel !== channel) continue;
		const m = months.get(r.month) ?? { spend: 0, conversions: 0 };
		m.spend += r.spend;
		m.conversions += r.conversions;
		months.set(r.month, m);
	}
	return [...months.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, m]) => ({ month, ...m }));
}
