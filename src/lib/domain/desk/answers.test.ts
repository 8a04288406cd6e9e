import { describe, expect, it } from 'vitest';
import type { ServiceGroup } from '../crm/service';
import { answeredMeans, deskAnswerId, groupsAfterReplies, type AnsweredTicket } from './answers';

const group = (key: string, tickets: number, sum: number): ServiceGroup<string> => ({
	key,
	tickets,
	satisfaction: Math.round((sum / tickets) * 100) / 100,
	satisfactionSum: sum,
	responseMinutes: 3
});
const answer = (over: Partial<AnsweredTicket> = {}): AnsweredTicket => ({
	customer: 4,
	age: 12,
	type: '投诉',
	channel: '在线客服',
	before: 2,
	after: 5,
	...over
});

describe('groupsAfterReplies', () => {
	it('puts each answered ticket at its new satisfaction, exactly, in its own group only', () => {
		const groups = [group('投诉', 3, 7), group('咨询', 4, 16)];
		const after = groupsAfterReplies(groups, [answer()], (a) => a.type);
		expect(after).toEqual([
			{ key: '投诉', tickets: 3, before: 2.33, after: 3.33, answered: 1 },
			{ key: '咨询', tickets: 4, before: 4, after: 4, answered: 0 }
		]);
	});

	it('leaves out answers a group cannot hold: more answers than tickets, more taken out than is in it', () => {
		const groups = [group('投诉', 1, 1)];
		expect(groupsAfterReplies(groups, [answer(), answer({ customer: 5 })], (a) => a.type)[0]).toMatchObject({
			after: 1,
			answered: 0
		});
		expect(groupsAfterReplies([group('投诉', 2, 0.5)], [answer()], (a) => a.type)[0]?.answered).toBe(0);
	});
});

describe('answeredMeans and ids', () => {
	it('averages the answered tickets before and after, and is null with none', () => {
		expect(answeredMeans([answer(), answer({ before: 3, after: 2 })])).toEqual({ before: 2.5, after: 3.5 });
		expect(answeredMeans([])).toBeNull();
	});

	it('names an answer by shop, customer and age, so a later day keeps it', () => {
		expect(deskAnswerId({ seed: 11, customers: 600 }, 42, 9)).toBe('11:600:42:9');
	});
});
