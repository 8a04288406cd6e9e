/** The generated dataset, stored in columns (typed arrays) so 100,000 customers and a million orders stay compact. */

/** Customers, one index per customer across every column. */
export interface CustomerColumns {
	count: number;
	/** index into SURNAMES */
	surname: Uint8Array;
	/** one or two GIVEN_CHARS indexes packed as first + 64 × (second + 1); second 0 = none */
	given: Uint16Array;
	/** index into CITIES */
	city: Uint8Array;
	/** index into CHANNELS */
	channel: Uint8Array;
	/** index into TIERS */
	tier: Uint8Array;
	/** index into STAGES */
	stage: Uint8Array;
	/** day number (days since 1970-01-01 UTC) */
	joinDay: Int32Array;
}

/** Orders grouped by customer: customer i's orders are rows orderStart[i] to orderStart[i + 1] − 1, oldest first. */
export interface OrderColumns {
	count: number;
	/** length customers + 1 */
	orderStart: Int32Array;
	/** day number */
	day: Int32Array;
	/** 元 */
	amount: Float64Array;
	/** items in the order */
	items: Uint8Array;
	/**
	 * Each customer's spend (元): their rows' amounts added up in row order, unrounded. Worked out
	 * once by the generator (the tiers need it), so an analysis need not add up a million rows again.
	 */
	spend?: Float64Array;
}

export interface TicketColumns {
	count: number;
	customer: Int32Array;
	/** index into TICKET_TYPES */
	type: Uint8Array;
	/** index into TICKET_CHANNELS */
	channel: Uint8Array;
	/** minutes until the first reply */
	responseMinutes: Float32Array;
	/** 1–5 */
	satisfaction: Uint8Array;
	/** day number */
	day: Int32Array;
}

export interface NpsColumns {
	count: number;
	customer: Int32Array;
	/** 0–10 */
	score: Uint8Array;
}

/** Marketing spend for one acquisition channel in one month. */
export interface SpendRow {
	/** index into CHANNELS */
	channel: number;
	/** "2026-03" */
	month: string;
	/** 元 */
	spend: number;
	clicks: number;
	/** new customers won */
	conversions: number;
}

export interface Dataset {
	seed: number;
	/** the day the data ends on (day number); "today" for every metric */
	today: number;
	customers: CustomerColumns;
	orders: OrderColumns;
	tickets: TicketColumns;
	nps: NpsColumns;
	spend: SpendRow[];
	/** per B2B lead, the index into FUNNEL_STAGES of the last stage it reached */
	funnel: Uint8Array;
}
