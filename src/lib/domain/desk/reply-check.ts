/**
 * Checks a service reply against the desk's rules: required moves, register, banned collocations
 * and the ticket's facts. Returns codes and facts; the message layer words them.
 */
import type { TicketType } from '../crm/catalog';
import type { MistakeKind } from '../practice/sources';
import { MOVES, type DeskRules, type Move } from './rules';

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
	| { kind: 'fact'; fact: Fact; expected: string }
	| { kind: 'order'; expected: string };

/** A reply put together from parts, each doing one move: its order is checked too. */
export interface ReplyPart {
	move: Move;
	text: string;
}

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

/** 亲 standing alone or as 亲们: the shop-chat way of addressing a buyer, not 亲 inside a word (亲自, 亲爱的, 父亲). */
const QIN = /(?<!\p{Script=Han})亲(?!\p{Script=Han})|亲们/u;

/** Whether `marker` occurs in `text`; the one-character marker 亲 counts only as a form of address. */
function hasMarker(text: string, marker: string): boolean {
	return marker === '亲' ? QIN.test(text) : text.includes(marker);
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

/** Register slips: 你 for 您, 亲 in an email or to a business client. */
export function registerFailures(
	text: string,
	ticket: Pick<ReplyTicket, 'form' | 'audience'>
): ReplyFailure[] {
	const failures: ReplyFailure[] = [];
	const ni = findNi(text);
	if (ni) failures.push({ kind: 'register', rule: 'ni', found: ni });
	const qin = QIN.test(text);
	if (qin && ticket.form === 'email') failures.push({ kind: 'register', rule: 'qin-in-email', found: '亲' });
	else if (qin && ticket.audience === 'company')
		failures.push({ kind: 'register', rule: 'qin-to-company', found: '亲' });
	return failures;
}

/** The content's banned collocations found in the text. */
export function collocationFailures(text: string, rules: Pick<DeskRules, 'banned'>): ReplyFailure[] {
	return rules.banned.flatMap((b): ReplyFailure[] => {
		const found = b.patterns.find((p) => text.includes(p));
		return found
			? [{ kind: 'collocation', found, right: b.right, mistakeId: b.mistakeId, mistakeKind: b.kind }]
			: [];
	});
}

/** The parts in the order the moves go (MOVES), joined; null when they are in that order already. */
function reordered(parts: readonly ReplyPart[]): string | null {
	const rank = (p: ReplyPart) => MOVES.indexOf(p.move);
	const sorted = [...parts].sort((a, b) => rank(a) - rank(b));
	return sorted.every((p, i) => p === parts[i]) ? null : sorted.map((p) => p.text).join('');
}

/** Checks one reply to one ticket; `parts`, when the reply was put together from them, adds the order rule. */
export function checkReply(
	reply: string,
	ticket: ReplyTicket,
	rules: DeskRules,
	parts?: readonly ReplyPart[]
): ReplyVerdict {
	const text = normaliseReply(reply);
	const required = rules.required[ticket.type];
	const facts: Fact[] = [
		'order',
		...(ticket.amount !== null ? ['amount' as const] : []),
		...(ticket.refundDays !== null ? ['days' as const] : [])
	];
	// moves, register, collocations, repetition, facts, and the order of the parts when there are parts
	const total = required.length + 3 + facts.length + (parts ? 1 : 0);
	if (text === '') return { failures: [{ kind: 'empty' }], total, passed: 0, score: 0 };
	if (!HAN.test(text)) return { failures: [{ kind: 'not-chinese' }], total, passed: 0, score: 0 };

	const failures: ReplyFailure[] = [];
	for (const move of required) {
		const spec = rules.moves[move];
		if (!spec.markers.some((m) => hasMarker(text, m)))
			failures.push({ kind: 'move', move, example: spec.example });
	}
	const outOfOrder = parts ? reordered(parts) : null;
	if (outOfOrder !== null) failures.push({ kind: 'order', expected: outOfOrder });
	const register = registerFailures(text, ticket);
	failures.push(...register);
	const collocations = collocationFailures(text, rules);
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
		failures.filter((f) => f.kind === 'move' || f.kind === 'fact' || f.kind === 'order').length +
		(register.length > 0 ? 1 : 0) +
		(collocations.length > 0 ? 1 : 0) +
		(repeated ? 1 : 0);
	const passed = total - failedRules;
	return { failures, total, passed, score: passed / total };
}

/** The customer's satisfaction (1–5) after a reply of this quality; squared, so a half-right reply still disappoints. */
export function satisfactionAfter(verdict: ReplyVerdict): number {
	return 1 + Math.round(4 * verdict.score ** 2);
}
