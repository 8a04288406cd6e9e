import { describe, expect, it } from 'vitest';
import { CacError, cacByChannel, funnelCac, spendByMonth } from './cac';

describe('funnelCac', () => {
	it('computes the online course: 5 元 a click, 10 % register, 20 % of those pay', () => {
		const r = funnelCac({ costPerClick: 5, clickToSignup: 0.1, signupToPaid: 0.2 });
		expect(r.clickToPaid).toBeCloseTo(0.02);
		expect(r.clicksPerCustomer).toBe(50);
		expect(r.cac).toBe(250);
	});

	it('rejects impossible rates', () => {
		expect(() => funnelCac({ costPerClick: 5, clickToSignup: 0, signupToPaid: 0.2 })).toThrow(CacError);
		expect(() => funnelCac({ costPerClick: 5, clickToSignup: 1.5, signupToPaid: 0.2 })).toThrow(
			expect.objectContaining({ problem: 'conversion-rate', value: 1.5 })
		);
	});
});

describe('cacByChannel', () => {
	it('divides total spend by the paying customers, not by every registration', () => {
		const rows = [
			{ channel: 0, month: '2026-01', spend: 1000, clicks: 500, conversions: 10 },
			{ channel: 0, month: '2026-02', spend: 2000, clicks: 500, conversions: 20 },
			{ channel: 1, month: '2026-01', spend: 900, clicks: 300, conversions: 3 }
		];
		// 天猫 won 30 registrations, of whom 20 paid: 3000 ÷ 20 = 150 元, not 3000 ÷ 30 = 100 元.
		const [tmall, jd, wechat] = cacByChannel(rows, [20, 3, 0, 0, 0]);
		expect(tmall).toMatchObject({
			channel: '天猫',
			spend: 3000,
			conversions: 30,
			paying: 20,
			cac: 150,
			conversionRate: 0.03
		});
		expect(jd?.cac).toBe(300);
		expect(wechat?.cac).toBeNull();
		expect(() => cacByChannel(rows, [31, 0, 0, 0, 0])).toThrow(CacError);
	});
});

describe('spendByMonth', () => {
	it('sums spend and new customers per month, for one channel or all, in month order', () => {
		const rows = [
			{ channel: 1, month: '2026-02', spend: 500, clicks: 50, conversions: 5 },
			{ channel: 0, month: '2026-01', spend: 1000, clicks: 500, conversions: 10 },
			{ channel: 1, month: '2026-01', spend: 300, clicks: 30, conversions: 0 }
		];
		expect(spendByMonth(rows)).toEqual([
			{ month: '2026-01', spend: 1300, conversions: 10 },
			{ month: '2026-02', spend: 500, conversions: 5 }
		]);
		expect(spendByMonth(rows, 1)[0]).toEqual({ month: '2026-01', spend: 300, conversions: 0 });
	});
});
