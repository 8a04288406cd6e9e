import { describe, expect, it } from 'vitest';
import { CLOCK_TOLERANCE_MS, clockSkew, httpDate } from './clock';

const WEB = Date.UTC(2026, 11, 2, 8, 0, 0);
const YEAR = 365 * 86_400_000;

describe('checking the device clock against a web server', () => {
	it('finds a clock a year ahead, and one an hour behind', () => {
		expect(clockSkew(WEB + YEAR, WEB)).toEqual({ kind: 'ahead', device: WEB + YEAR, trusted: WEB });
		expect(clockSkew(WEB - 3_600_000, WEB)?.kind).toBe('behind');
	});
	it('accepts a clock within the tolerance either way', () => {
		expect(clockSkew(WEB + CLOCK_TOLERANCE_MS, WEB)).toBeNull();
		expect(clockSkew(WEB - CLOCK_TOLERANCE_MS, WEB)).toBeNull();
	});
	it('reads HTTP Date headers, and nothing else', () => {
		expect(httpDate('Wed, 02 Dec 2026 08:00:00 GMT')).toBe(WEB);
		expect(httpDate(null)).toBeNull();
		expect(httpDate('tomorrow-ish')).toBeNull();
		expect(clockSkew(WEB, Number.NaN)).toBeNull();
	});
});
