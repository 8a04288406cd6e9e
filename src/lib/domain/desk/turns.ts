/**
 * Reply building for A1–A2: one turn per required move, each a choice between the phrase that fits
 * and phrases that do not (another move, or the wrong register for the channel).
 */
import type { ReplyTicket } from './reply-check';
import type { Move } from './rules';

/** A phrase the learner may pick: its text, what it does and where it fits. */
export interface Phrase {
	id: string;
	zh: string;
	move: Move;
	register: 'qin' | 'polite' | 'neutral' | 'casual' | 'written';
	channel: 'chat' | 'phone' | 'email' | 'any';
}

export interface Turn {
	move: Move;
	/** phrase ids, shuffled */
	options: string[];
	/** the option that fits */
	answer: string;
}

/** The sentence that carries the ticket's facts, put after the next-step phrase. */
export function factSentence(ticket: ReplyTicket): string {
	const parts = [`订单${ticket.orderNo}`];
	if (ticket.amount !== null) parts.push(`${ticket.amount}元`);
	const days = ticket.refundDays !== null ? `，${ticket.refundDays}个工作日内退回` : '';
	return `${parts.join('，')}${days}。`;
}

function fits(p: Phrase, ticket: ReplyTicket): boolean {
	const channel =
		p.channel === 'any' || (ticket.form === 'email' ? p.channel === 'email' : p.channel !== 'email');
	const register = ticket.form === 'email' || ticket.audience === 'company' ? p.register !== 'qin' : true;
	return channel && register && p.register !== 'casual';
}

/** One turn per move; null when the phrases cannot fill a move. `pick` chooses an index below n. */
export function buildTurns(
	moves: readonly Move[],
	phrases: readonly Phrase[],
	ticket: ReplyTicket,
	pick: (n: number) => number
): Turn[] | null {
	const turns: Turn[] = [];
	for (const move of moves) {
		const right = phrases.filter((p) => p.move === move && fits(p, ticket));
		const wrong = phrases.filter((p) => p.move !== move || !fits(p, ticket));
		if (right.length === 0 || wrong.length < 2) return null;
		const answer = right[pick(right.length)]!;
		const pool = [...wrong];
		const distractors = [0, 1].map(() => pool.splice(pick(pool.length), 1)[0]!);
		const options = [answer, ...distractors].map((p) => p.id);
		const at = pick(options.length);
		[options[0], options[at]] = [options[at]!, options[0]!];
		turns.push({ move, options, answer: answer.id });
	}
	return turns;
}

/** The reply the chosen phrases make, with the facts after the next step. */
export function composeReply(chosen: readonly Phrase[], ticket: ReplyTicket): string {
	return chosen.map((p) => (p.move === 'next-step' ? `${p.zh}${factSentence(ticket)}` : p.zh)).join('');
}
