/**
 * The customers, drawn one after another on the counter-based random source. Whether a customer
 * takes 9, 10 or 11 draws is decided by three of them, so the counter before any customer can be
 * found by walking those three alone: the customers can be drawn in parts, on two workers, and
 * come out as the whole loop would draw them.
 */
import { roundHalfUp } from './rounding';
import { CHANNEL_WEIGHTS, CITY_WEIGHTS, GIVEN_CHARS, HISTORY_DAYS, SURNAMES } from './catalog';
import { cumulative, pickAt, STEP, unitAt } from './random';

/** share of customers who registered but never bought */
const NEVER_BOUGHT = 0.07;
/** share of buyers who try once and never come back */
const ONE_OFF = 0.15;
/** share of customers with a two-character given name */
const TWO_CHARS = 0.7;

/** What is drawn per customer: the columns shown, and the latent value and span that drive the orders. */
export interface CustomerDraws {
	surname: Uint8Array;
	given: Uint16Array;
	city: Uint8Array;
	channel: Uint8Array;
	/** day number */
	joinDay: Int32Array;
	/** customer value, ≥ 1; 0 for a customer who never bought */
	value: Float64Array;
	/** last day the customer is still buying */
	lastDay: Int32Array;
}

export function customerDraws(count: number): CustomerDraws {
	return {
		surname: new Uint8Array(count),
		given: new Uint16Array(count),
		city: new Uint8Array(count),
		channel: new Uint8Array(count),
		joinDay: new Int32Array(count),
		value: new Float64Array(count),
		lastDay: new Int32Array(count)
	};
}

/** The counter before customer `at`, from the counter before customer 0. */
export function customerCounter(state: number, at: number): number {
	let s = state;
	for (let i = 0; i < at; i++) {
		// surname and first character; the third draw decides on a second character
		s = (s + 2 * STEP) | 0;
		if (unitAt((s = (s + STEP) | 0)) < TWO_CHARS) s = (s + STEP) | 0;
		// city, channel and join day; then whether the customer buys (and their value)
		s = (s + 3 * STEP) | 0;
		if (unitAt((s = (s + STEP) | 0)) >= NEVER_BOUGHT) s = (s + STEP) | 0;
		// whether they buy only once; if not, how long they stay
		if (unitAt((s = (s + STEP) | 0)) >= ONE_OFF) s = (s + STEP) | 0;
	}
	return s;
}

/**
 * Draws `count` customers into `out` (from index 0), from the counter `state`, and returns the
 * counter after the last draw. Draws come in a fixed order per customer, on a local counter: see unitAt.
 */
export function drawCustomers(count: number, today: number, state: number, out: CustomerDraws): number {
	const cityCdf = cumulative(CITY_WEIGHTS);
	const channelCdf = cumulative(CHANNEL_WEIGHTS);
	const { surname, given, city, channel, joinDay, value: valueOf, lastDay } = out;
	const surnames = SURNAMES.length;
	const chars = GIVEN_CHARS.length;
	const firstDay = today - HISTORY_DAYS;
	const tail = -1 / 1.6;
	let s = state;
	for (let i = 0; i < count; i++) {
		surname[i] = Math.floor(unitAt((s = (s + STEP) | 0)) * surnames);
		const first = Math.floor(unitAt((s = (s + STEP) | 0)) * chars);
		const second =
			unitAt((s = (s + STEP) | 0)) < TWO_CHARS ? Math.floor(unitAt((s = (s + STEP) | 0)) * chars) + 1 : 0;
		given[i] = first + 64 * second;
		city[i] = pickAt(cityCdf, unitAt((s = (s + STEP) | 0)));
		channel[i] = pickAt(channelCdf, unitAt((s = (s + STEP) | 0)));
		// sqrt: more customers joined recently, as a growing shop would have.
		const join = firstDay + Math.floor(HISTORY_DAYS * Math.sqrt(unitAt((s = (s + STEP) | 0))));
		joinDay[i] = Math.min(today, join);
		const buys = unitAt((s = (s + STEP) | 0)) >= NEVER_BOUGHT;
		const value = buys ? Math.min(60, Math.pow(1 - unitAt((s = (s + STEP) | 0)), tail)) : 0;
		valueOf[i] = value;
		const oneOff = unitAt((s = (s + STEP) | 0)) < ONE_OFF;
		const stays = oneOff
			? 0
			: -Math.log(1 - unitAt((s = (s + STEP) | 0))) * (160 * (1 + Math.log(Math.max(1, value))));
		lastDay[i] = Math.min(today, join + roundHalfUp(stays));
	}
	return s;
}

/** Customers from..from + count − 1 of a shop, to be drawn on their own. */
export interface CustomerPart {
	from: number;
	count: number;
	/** day number the history ends on */
	today: number;
	/** the counter before customer 0's draws (the seed's) */
	state: number;
}

/** The part's customers, and the counter after their draws. */
export interface CustomersDrawn {
	customers: CustomerDraws;
	state: number;
}

/** Draws the part's customers into new columns. */
export function drawCustomerPart(part: CustomerPart): CustomersDrawn {
	const customers = customerDraws(part.count);
	const start = customerCounter(part.state, part.from);
	return { customers, state: drawCustomers(part.count, part.today, start, customers) };
}

/** Copies the part's columns into the shop's, at the part's first customer. */
export function placeCustomers(into: CustomerDraws, part: CustomerDraws, from: number): void {
	into.surname.set(part.surname, from);
	into.given.set(part.given, from);
	into.city.set(part.city, from);
	into.channel.set(part.channel, from);
	into.joinDay.set(part.joinDay, from);
	into.value.set(part.value, from);
	into.lastDay.set(part.lastDay, from);
}
