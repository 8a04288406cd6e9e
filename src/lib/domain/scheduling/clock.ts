/** Clock faults: answers dated before ones already given mean the device clock moved back. */

/** ms an answer may be dated before the newest answer before the clock counts as wrong. */
export const CLOCK_TOLERANCE_MS = 5 * 60_000;

/** The clock reads earlier than an answer already given: it was ahead then or is behind now. */
export interface ClockFault {
	kind: 'behind';
	/** epoch ms of the newest answer */
	newestAt: number;
	/** epoch ms the device reads now */
	now: number;
}

/** A fault when `newestAt` (epoch ms) is later than `now` by more than the tolerance; null otherwise. */
export function clockFault(now: number, newestAt: number | undefined): ClockFault | null {
	return newestAt !== undefined && newestAt - now > CLOCK_TOLERANCE_MS
		? { kind: 'behind', newestAt, now }
		: null;
}

/**
 * The time an answer is recorded at: never before the card's previous answer, so the log's order
 * and its time order agree and replaying the log rebuilds exactly the state recorded.
 */
export function answerTime(now: number, lastReview: number | undefined): number {
	return lastReview !== undefined && lastReview > now ? lastReview : now;
}

/** The device clock against a trusted one (a web server's Date header): how far off it is, and which way. */
export interface ClockSkew {
	kind: 'ahead' | 'behind';
	/** epoch ms the device reads */
	device: number;
	/** epoch ms the trusted clock reads */
	trusted: number;
}

/** A skew when the device and the trusted clock differ by more than the tolerance; null otherwise. */
export function clockSkew(device: number, trusted: number): ClockSkew | null {
	if (!Number.isFinite(device) || !Number.isFinite(trusted)) return null;
	if (Math.abs(device - trusted) <= CLOCK_TOLERANCE_MS) return null;
	return { kind: device > trusted ? 'ahead' : 'behind', device, trusted };
}

/** An HTTP Date header as epoch ms; null when missing or unreadable. */
export function httpDate(header: string | null): number | null {
	if (!header) return null;
	const ms = Date.parse(header);
	return Number.isFinite(ms) ? ms : null;
}
