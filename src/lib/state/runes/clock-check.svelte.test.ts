import { describe, expect, it } from 'vitest';
import { ClockCheck } from './clock-check.svelte';

const WEB = Date.UTC(2026, 11, 2, 8, 0, 0);
const server = (date: string | null) =>
	(() => Promise.resolve(new Response(null, { headers: date ? { date } : {} }))) as unknown as typeof fetch;

describe('the clock check', () => {
	it('reports a device clock a year ahead of the server', async () => {
		const check = new ClockCheck();
		await check.check(server(new Date(WEB).toUTCString()), () => WEB + 365 * 86_400_000);
		expect(check.skew?.kind).toBe('ahead');
		check.dismiss();
		expect(check.skew).toBeNull();
	});
	it('stays quiet for a right clock, a server without a date, and no network', async () => {
		const check = new ClockCheck();
		await check.check(server(new Date(WEB).toUTCString()), () => WEB + 2_000);
		expect(check.skew).toBeNull();
		await check.check(server(null), () => WEB + 365 * 86_400_000);
		expect(check.skew).toBeNull();
		await check.check(
			() => Promise.reject(new TypeError('offline')),
			() => WEB
		);
		expect(check.skew).toBeNull();
	});
});
