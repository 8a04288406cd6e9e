import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkReply } from '../../src/lib/domain/desk/reply-check';
import { aRefundTicket, deskRules, GOOD_REFUND_REPLY } from '../../tests/factories/desk';
import { compileDesk, frameProblems } from './desk';
import { realEntries, realTemplates } from './real-content';

const messages = (frames: ReturnType<typeof deskRules>['frames']) =>
	frameProblems(deskRules({ frames }), 'content/desk.yaml').map((p) => `${p.path}: ${p.message}`);
const greet = deskRules().frames[0]!;

describe('the desk’s gapped sentences', () => {
	it('ship with every option judged by the reply rules, and cover every move of every ticket', () => {
		const file = { path: 'content/desk.yaml', text: readFileSync('content/desk.yaml', 'utf8') };
		const rules = compileDesk(file, realTemplates(), realEntries());
		expect(rules.frames.length).toBeGreaterThanOrEqual(10);
		expect(frameProblems(rules, file.path)).toEqual([]);
	});

	it('reject a sentence with no wrong option, no right option, or an option that loses the move', () => {
		const all = deskRules().frames;
		const others = all.slice(1);
		expect(messages([{ ...greet, options: ['您好', '早上好'] }, ...others])).toContain(
			'frames[0].options: no option breaks a register or collocation rule in a chat reply to a consumer'
		);
		expect(messages([{ ...greet, options: ['你好', '你们好'] }, ...others])).toContain(
			'frames[0].options: no option is right in an email reply to a company'
		);
		expect(messages([{ ...greet, options: ['您好', '喂'] }, ...others]).join('\n')).toMatch(
			/frames\[0\]\.options\[1\]: expected a greeting marker/
		);
	});

	it('reject a move that no sentence can fill, and a repeated id', () => {
		const noGreeting = deskRules().frames.filter((f) => f.move !== 'greeting');
		expect(messages(noGreeting)).toContain('frames: expected a greeting sentence for a 咨询 chat reply');
		expect(messages([greet, ...deskRules().frames])).toContain('frames[1].id: duplicate id "greet"');
	});
});

describe('the desk’s banned collocations', () => {
	const file = { path: 'content/desk.yaml', text: readFileSync('content/desk.yaml', 'utf8') };
	const rules = compileDesk(file, realTemplates(), realEntries());
	const failures = (reply: string) => checkReply(reply, aRefundTicket(), rules).failures;

	it('catch 投诉对 + the target, but not the noun 投诉 as the subject of 对…很重要', () => {
		expect(failures(`${GOOD_REFUND_REPLY}我要投诉对这家店。`)).toMatchObject([
			{ kind: 'collocation', mistakeId: 'tousu.mistake.dui' }
		]);
		expect(failures(`${GOOD_REFUND_REPLY}您的投诉对我们很重要。`)).toEqual([]);
	});
});
