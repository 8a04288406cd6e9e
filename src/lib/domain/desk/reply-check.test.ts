import { describe, expect, it } from 'vitest';
import { aRefundTicket, deskRules, GOOD_REFUND_REPLY } from '../../../../tests/factories/desk';
import { checkReply, satisfactionAfter } from './reply-check';

const rules = deskRules();
const check = (reply: string, ticket = aRefundTicket()) => checkReply(reply, ticket, rules);

describe('checkReply', () => {
	it('passes a reply with every move, the polite register, no wrong collocation and the ticket facts', () => {
		const verdict = check(GOOD_REFUND_REPLY);
		expect(verdict.failures).toEqual([]);
		expect(verdict.score).toBe(1);
		expect(satisfactionAfter(verdict)).toBe(5);
	});

	it('names a missing move with an example (move rule)', () => {
		const verdict = check(GOOD_REFUND_REPLY.replace('非常抱歉', '我们知道了'));
		expect(verdict.failures).toEqual([
			{ kind: 'move', move: 'apology', example: rules.moves.apology.example }
		]);
		expect(verdict.score).toBeLessThan(1);
		expect(satisfactionAfter(verdict)).toBe(4);
	});

	it('does not ask an inquiry for an apology', () => {
		const reply = '您好！订单DD2041735已经发货，马上就到。祝您生活愉快，再见！';
		expect(check(reply, aRefundTicket({ type: '咨询', amount: null, refundDays: null })).failures).toEqual(
			[]
		);
	});

	it('flags 你 for 您, and 亲 in an email or to a company (register rule)', () => {
		const ni = check(GOOD_REFUND_REPLY.replace('退回您的', '退回你的'));
		expect(ni.failures).toEqual([{ kind: 'register', rule: 'ni', found: '你' }]);
		const qin = `亲，${GOOD_REFUND_REPLY}`;
		expect(check(qin).failures).toEqual([]);
		expect(check(qin, aRefundTicket({ form: 'email' })).failures).toEqual([
			{ kind: 'register', rule: 'qin-in-email', found: '亲' }
		]);
		expect(check(qin, aRefundTicket({ audience: 'company' })).failures).toEqual([
			{ kind: 'register', rule: 'qin-to-company', found: '亲' }
		]);
	});

	it('takes 亲 inside a word (亲自, 亲爱的) for neither a greeting nor the shop-chat address', () => {
		const email = aRefundTicket({ form: 'email', audience: 'company' });
		const inWords = GOOD_REFUND_REPLY.replace('您好', '亲爱的客户').replace(
			'非常抱歉',
			'非常抱歉，我会亲自跟进'
		);
		expect(check(inWords, email).failures).toEqual([
			{ kind: 'move', move: 'greeting', example: rules.moves.greeting.example }
		]);
		expect(check(`亲们，${GOOD_REFUND_REPLY.replace('您好', '')}`).failures).toEqual([]);
		expect(check(`亲们，${GOOD_REFUND_REPLY}`, email).failures).toEqual([
			{ kind: 'register', rule: 'qin-in-email', found: '亲' }
		]);
	});

	it('names a banned collocation with the right phrase and its mistake pair (collocation rule)', () => {
		const verdict = check(`${GOOD_REFUND_REPLY}需要的话我们帮您打开发票。`);
		expect(verdict.failures).toEqual([
			{
				kind: 'collocation',
				found: '打开发票',
				right: '开一张发票',
				mistakeId: 'fapiao.mistake.dakai',
				mistakeKind: 'collocation'
			}
		]);
	});

	it('checks the order number, the amount and the refund days (fact rule)', () => {
		const wrong = GOOD_REFUND_REPLY.replace('DD2041735', 'DD2041736')
			.replace('128元', '129元')
			.replace('3个工作日', '5个工作日');
		expect(check(wrong).failures).toEqual([
			{ kind: 'fact', fact: 'order', expected: 'DD2041735' },
			{ kind: 'fact', fact: 'amount', expected: '128' },
			{ kind: 'fact', fact: 'days', expected: '3' }
		]);
		const chinese = GOOD_REFUND_REPLY.replace('3个工作日', '三个工作日').replace('128元', '１２８.00元');
		expect(check(chinese).failures).toEqual([]);
		expect(check(GOOD_REFUND_REPLY.replace('128元', '1280元')).failures).toEqual([
			{ kind: 'fact', fact: 'amount', expected: '128' }
		]);
	});
});

describe('checkReply on adversarial replies', () => {
	it('an empty or blank reply fails as empty and scores nothing', () => {
		for (const reply of ['', '   \n ']) {
			const verdict = check(reply);
			expect(verdict.failures).toEqual([{ kind: 'empty' }]);
			expect(satisfactionAfter(verdict)).toBe(1);
		}
	});

	it('an all-English reply fails as not Chinese, even when it names the order', () => {
		const verdict = check('Hello! Sorry about order DD2041735, we will refund 128 yuan in 3 days. Bye!');
		expect(verdict.failures).toEqual([{ kind: 'not-chinese' }]);
		expect(verdict.score).toBe(0);
	});

	it('the same template pasted twice is named as repeated', () => {
		const verdict = check(`${GOOD_REFUND_REPLY}${GOOD_REFUND_REPLY}`);
		expect(verdict.failures.map((f) => f.kind)).toEqual(['repeated']);
		expect(verdict.score).toBeLessThan(1);
	});

	it('a right answer with one wrong collocation fails on that collocation only', () => {
		const verdict = check(GOOD_REFUND_REPLY.replace('我们马上为您办理退款，', '我们马上退款您。'));
		expect(verdict.failures).toEqual([
			{
				kind: 'collocation',
				found: '退款您。',
				right: '给我退款',
				mistakeId: 'tuikuan.mistake.gei',
				mistakeKind: 'word-order'
			}
		]);
	});
});
