/** Checking a free reply at the 客服 desk against the real rules: the 95th percentile of many checks of a long reply. */
import { readFileSync } from 'node:fs';
import { checkReply, type ReplyTicket } from '../../src/lib/domain/desk/reply-check';
import type { DeskRules } from '../../src/lib/domain/desk/rules';
import type { Figure } from './report';

const RUNS = 500;

export function deskFigures(): Figure[] {
	const rules = JSON.parse(readFileSync('src/lib/content/generated/desk.json', 'utf8')) as DeskRules;
	const ticket: ReplyTicket = {
		type: '退款',
		form: 'email',
		audience: 'company',
		orderNo: 'DD2077900394',
		amount: 293,
		refundDays: 3
	};
	// A long C2 email: ten paragraphs, about 600 characters, with no rule left unchecked.
	const paragraph =
		'尊敬的客户：您好！关于订单DD2077900394的退款，给您带来不便，我们深表歉意。我们已为您办理退款293元，将于3个工作日内退回原账户。';
	const reply =
		Array.from({ length: 10 }, (_, i) => `${paragraph.replace('您好', `您好${i}`)}`).join('\n') +
		'顺颂商祺！';
	// Warm up first: the figure is a learner's check, not the engine compiling the checker.
	for (let i = 0; i < 20; i++) checkReply(reply, ticket, rules);
	const times: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const start = performance.now();
		checkReply(reply, ticket, rules);
		times.push(performance.now() - start);
	}
	const p95 = times.sort((a, b) => a - b)[Math.floor(RUNS * 0.95)] ?? NaN;
	return [
		{
			name: `check a free desk reply (${Array.from(reply).length} characters, 95th percentile of ${RUNS})`,
			value: p95,
			unit: 'ms',
			limit: 20,
			kind: 'max'
		}
	];
}
