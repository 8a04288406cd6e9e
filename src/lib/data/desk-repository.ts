/**
 * Desk replies through the app's one answer path (the review log and, for each broken rule, the
 * notebook), and the answered tickets kept per shop.
 */
import { cardId, deskCardId } from '$lib/domain/cards/card-id';
import type { ReplyFailure } from '$lib/domain/desk/reply-check';
import type { MistakeKind } from '$lib/domain/practice/sources';
import type { SchedulerSettings } from '$lib/domain/scheduling/types';
import { database, type DeskAnswerRow } from './db';
import { readableDeskAnswer } from './desk-answer-schema';
import { recordAnswers, type AnswerInput } from './review-repository';

export type { DeskAnswerRow } from './db';

export interface DeskReply {
	ticketType: string;
	reply: string;
	failures: readonly ReplyFailure[];
	/** epoch ms */
	now: number;
	durationMs: number;
}

/** The card, kind and expected text a failure is filed under. */
function filed(f: ReplyFailure): { cardId: string; kind: MistakeKind; expected: string } {
	switch (f.kind) {
		case 'move':
			return { cardId: deskCardId({ rule: 'move', detail: f.move }), kind: 'move', expected: f.example.zh };
		case 'repeated':
			return { cardId: deskCardId({ rule: 'move', detail: 'repeated' }), kind: 'move', expected: f.phrase };
		case 'register':
			return { cardId: deskCardId({ rule: 'register', detail: f.rule }), kind: 'register', expected: '您' };
		case 'collocation':
			// Filed on the mistake pair's quiz card, so it joins that word in the notebook.
			return { cardId: cardId(f.mistakeId, 'quiz'), kind: f.mistakeKind, expected: f.right };
		case 'fact':
			return { cardId: deskCardId({ rule: 'fact', detail: f.fact }), kind: 'fact', expected: f.expected };
		case 'order':
			return {
				cardId: deskCardId({ rule: 'order', detail: 'moves' }),
				kind: 'word-order',
				expected: f.expected
			};
		case 'empty':
		case 'not-chinese':
			return { cardId: deskCardId({ rule: 'reply', detail: f.kind }), kind: 'meaning', expected: '' };
	}
}

/**
 * Records one reply: a right answer when no rule failed, else one wrong answer per failed rule; and
 * the answered ticket, replacing an earlier answer to it, in the same transaction.
 */
export async function recordDeskReply(
	reply: DeskReply,
	answer: DeskAnswerRow,
	settings: SchedulerSettings
): Promise<void> {
	const base = { now: reply.now, source: 'simulator' as const, durationMs: reply.durationMs };
	const inputs: AnswerInput[] =
		reply.failures.length === 0
			? [{ ...base, cardId: deskCardId({ rule: 'reply', detail: 'ok' }), grade: 3 }]
			: [...new Map(reply.failures.map((f) => [filed(f).cardId, filed(f)])).values()].map((f) => ({
					...base,
					cardId: f.cardId,
					grade: 1,
					mistake: { kind: f.kind, expected: f.expected, given: reply.reply }
				}));
	const db = database();
	// Every table: recordAnswers nests its own transaction inside this one.
	await db.transaction('rw', db.tables, async () => {
		await recordAnswers(inputs, settings);
		await db.deskAnswers.put(answer);
	});
}

/** The answers kept for one shop (shopKey) that the screens can show, and how many stored rows were not. */
export async function deskAnswersFor(
	shop: string,
	now: number
): Promise<{ rows: DeskAnswerRow[]; unreadable: number }> {
	const stored: unknown[] = await database().deskAnswers.where('shop').equals(shop).toArray();
	const rows = stored.flatMap((r) => readableDeskAnswer(r, now) ?? []);
	return { rows, unreadable: stored.length - rows.length };
}
