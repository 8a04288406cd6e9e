import { describe, expect, it } from 'vitest';
import { netPromoterScore, serviceByChannel, serviceByType } from './service';
import { ticketColumns } from './test-factories';

describe('netPromoterScore', () => {
	it('is % promoters (9–10) minus % detractors (0–6)', () => {
		const nps = netPromoterScore([10, 9, 9, 8, 7, 6, 0, 10, 5, 3]);
		expect(nps).toEqual({ answers: 10, promoters: 4, passives: 2, detractors: 4, score: 0 });
		expect(netPromoterScore([10, 10, 10, 8]).score).toBe(75);
		expect(netPromoterScore([]).score).toBe(0);
	});
});

describe('service groups', () => {
	it('averages satisfaction and response time per channel and type', () => {
		const tickets = ticketColumns([
			{ channel: 0, minutes: 2, satisfaction: 5, type: 0 },
			{ channel: 0, minutes: 4, satisfaction: 4, type: 1 },
			{ channel: 1, minutes: 15, satisfaction: 2, type: 1 }
		]);
		const [online, hotline] = serviceByChannel(tickets);
		expect(online).toEqual({
			key: '在线客服',
			tickets: 2,
			satisfaction: 4.5,
			satisfactionSum: 9,
			responseMinutes: 3
		});
		expect(hotline).toEqual({
			key: '客服热线',
			tickets: 1,
			satisfaction: 2,
			satisfactionSum: 2,
			responseMinutes: 15
		});
		expect(serviceByType(tickets)[1]).toMatchObject({ key: '投诉', tickets: 2, satisfaction: 3 });
	});
});
