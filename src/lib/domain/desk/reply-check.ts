/**
 * Checks a service reply against the desk's rules: required moves, register, banned collocations
 * and the ticket's facts. Returns codes and facts; the message layer words them.
 */
import type { TicketType } from '../crm/catalog';
import type { MistakeKind } from '../drills/sources';
import type { DeskRules, Move } from './rules';

export type ReplyForm = 'chat' | 'email';
export type Audience = 'consumer' | 'company';

/** What the reply must get right about one ticket. */
export interface ReplyTicket {
	type: TicketType;
	form: ReplyForm;
	audience: Audience;
	orderNo: string;
	/** 元; null when the ticket names no sum */
	amount: number | null;
	/** days until the money is back; null when no refund is due */
	refundDays: number | null;
}

export type RegisterRule = 'ni' | 'qin-in-email' | 'qin-to-company';
export type Fact = 'order' | 'amount' | 'days';

export type ReplyFailure =
	| { kind: 'empty' }
	| { kind: 'not-chinese' }
	| { kind: 'repeated'; phrase: string }
	| { kind: 'move'; move: Move; example: { zh: string; en: string } }
	| { kind: 'register'; rule: RegisterRule; found: string }
	| { kind: 'collocation'; found: string; right: string; mistakeId: string; mistakeKind: MistakeKind }
	| { kind: 'fact'; fact: Fact; expected: string };

export interface ReplyVerdict {
	failures: ReplyFailure[];
	/** rules checked and rules passed */
	total: number;
	passed: number;
	/** passed / total, 0–1 */
	score: number;
}

const HAN = /\p{Script=Han}/u;
const CN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Full-width digits and letters to ASCII, spaces out, so 订单 Ｄ２０４ matches D204. */
export function normaliseReply(text: string): string {
	return text
		.replace(/[\uFF01-\uFF5E]/g, (c) =>
			/[０-９Ａ-Ｚａ-ｚ]/.test(c) ? String.fromCharCode(c.charCodeAt(0) - 0xfee0) : c
		)
		.replace(/\s+/g, '');
}

/** 你 addressing the customer (not 你们 in a quote is still casual, so it counts too). */
function findNi(text: string): string | null {
	return text.includes('你') ? '你' : null;
}

function hasAmount(text: string, amount: number): boolean {
	const yuan = Math.round(amount);
	return new RegExp(`(^|[^\\d.])${yuan}(\\.\\d{1,2})?(?!\\d)`).test(text);
}

function hasDays(text: string, days: number): boolean {
	const forms = [String(days), ...(days <= 10 ? [CN_DIGITS[days] ?? ''] : [])].filter(Boolean);
	return forms.some((f) => new RegExp(`(^|[^\\d])${f}个?(工作日|天|日)`).test(text));
}

/** A sentence of four or more characters said twice: a template pasted twice. */
function repeatedSentence(text: string): string | null {
	const seen = new Set<string>();
	for (const s of text.split(/[。！？!?；;\n]/)) {
		const t = s.trim();
		if (Array.from(t).length < 4) continue;
		if (seen.has(t)) return t;
		seen.add(t);
	}
	return null;
}

/** Checks one reply to one ticket. */
export function checkReply(reply: string, ticket: ReplyTicket, rules: DeskRules): ReplyVerdict {
	const text = normaliseReply(reply);
	const required = rules.required[ticket.type];
	const facts: Fact[] = [
		'order',
		...(ticket.amount !== null ? ['amount' as const] : []),
		...(ticket.refundDays !== null ? ['days' as const] : [])
	];
	// moves, register, collocations, repetition, facts
	const total = required.length + 3 + facts.length;
	if (text === '') return { failures: [{ kind: 'empty' }], total, passed: 0, score: 0 };
	if (!HAN.test(text)) return { failures: [{ kind: 'not-chinese' }], total, passed: 0, score: 0 };

	const failures: ReplyFailure[] = [];
	for (const move of required) {
		const spec = rules.moves[move];
		if (!spec.markers.some((m) => text.includes(m)))
			failures.push({ kind: 'move', move, example: spec.example });
	}
	const registerFailures: ReplyFailure[] = [];
	const ni = findNi(text);
	if (ni) registerFailures.push({ kind: 'register', rule: 'ni', found: ni });
	if (text.includes('亲') && ticket.form === 'email')
		registerFailures.push({ kind: 'register', rule: 'qin-in-email', found: '亲' });
	else if (text.includes('亲') && ticket.audience === 'company')
		registerFailures.push({ kind: 'register', rule: 'qin-to-company', found: '亲' });
	failures.push(...registerFailures);

	const collocations = rules.banned.flatMap((b): ReplyFailure[] => {
		const found = b.patterns.find((p) => text.includes(p));
		return found
			? [{ kind: 'collocation', found, right: b.right, mistakeId: b.mistakeId, mistakeKind: b.kind }]
			: [];
	});
	failures.push(...collocations);

	const repeated = repeatedSentence(text);
	if (repeated) failures.push({ kind: 'repeated', phrase: repeated });

	if (!text.includes(normaliseReply(ticket.orderNo)))
		failures.push({ kind: 'fact', fact: 'order', expected: ticket.orderNo });
	if (ticket.amount !== null && !hasAmount(text, ticket.amount))
		failures.push({ kind: 'fact', fact: 'amount', expected: String(Math.round(ticket.amount)) });
	if (ticket.refundDays !== null && !hasDays(text, ticket.refundDays))
		failures.push({ kind: 'fact', fact: 'days', expected: String(ticket.refundDays) });

	const failedRules =
		failures.filter((f) => f.kind === 'move' || f.kind === 'fact').length +
		(registerFailures.length > 0 ? 1 : 0) +
		(collocations.length > 0 ? 1 : 0) +
		(repeated ? 1 : 0);
	const passed = total - failedRules;
	return { failures, total, passed, score: passed / total };
}

/** The customer's satisfaction (1–5) after a reply of this quality; squared, so a half-right reply still disappoints. */
export function satisfactionAfter(verdict: ReplyVerdict): number {
	return 1 + Math.round(4 * verdict.score ** 2);
}
