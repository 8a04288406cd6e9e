/** The answer path: every graded answer, from any screen, is recorded here in one transaction. */
import { parseCardId } from '$lib/domain/cards/card-id';
import { replayCard } from '$lib/domain/scheduling/replay';
import { applyGrade, newMemoryState } from '$lib/domain/scheduling/scheduler';
import type { Grade, MemoryState, SchedulerSettings } from '$lib/domain/scheduling/types';
import { isLeech } from '$lib/domain/scheduling/daily-queue';
import { database, type AnswerSource, type CardRow, type MistakeRow, type ReviewRow } from './db';
import { answersOfCards, answersSince } from './review-log';

/** What a wrong answer was, for the mistake notebook. */
export type MistakeInput = Pick<MistakeRow, 'kind' | 'expected' | 'given' | 'note'>;

export interface AnswerInput {
	cardId: string;
	grade: Grade;
	/** epoch ms */
	now: number;
	source: AnswerSource;
	/** ms spent on the card */
	durationMs: number;
	/** present when the answer was wrong: written to the mistake notebook in the same transaction */
	mistake?: MistakeInput;
}

export interface AnswerResult {
	card: CardRow;
	reviewId: number;
	/** true when this answer made the card a leech */
	becameLeech: boolean;
}

/** A row for a card never seen before: new, unsuspended, unburied. */
export function freshCardRow(cardId: string, now: number): CardRow {
	return { id: cardId, ...parseCardId(cardId), ...newMemoryState(now), suspended: 0, buriedUntil: 0 };
}

function memoryOf(row: CardRow): MemoryState {
	const { id: _id, itemId: _item, template: _t, suspended: _s, buriedUntil: _b, ...memory } = row;
	return memory;
}

/** Appends the answer to the review log and updates the card's FSRS state, atomically. */
export async function recordAnswer(input: AnswerInput, settings: SchedulerSettings): Promise<AnswerResult> {
	const db = database();
	return db.transaction('rw', db.cards, db.reviews, db.mistakes, async () => {
		const before = (await db.cards.get(input.cardId)) ?? freshCardRow(input.cardId, input.now);
		// A never-answered card starts fresh at this answer, exactly as replay starts it.
		const answeredBefore = before.reps > 0 || before.state !== 0;
		const start = answeredBefore ? memoryOf(before) : newMemoryState(input.now);
		const memory = applyGrade(start, input.grade, input.now, settings);
		const card: CardRow = { ...before, ...memory, buriedUntil: 0 };
		const review: ReviewRow = {
			cardId: input.cardId,
			grade: input.grade,
			reviewedAt: input.now,
			source: input.source,
			durationMs: Math.max(0, Math.round(input.durationMs)),
			stateBefore: before.state,
			scheduledDays: memory.scheduled_days,
			cardBefore: answeredBefore ? memoryOf(before) : null
		};
		const reviewId = Number(await db.reviews.add(review));
		await db.cards.put(card);
		if (input.mistake) {
			const { itemId } = parseCardId(input.cardId);
			await db.mistakes.add({
				...input.mistake,
				itemId,
				cardId: input.cardId,
				reviewId,
				source: input.source,
				at: input.now
			});
		}
		const threshold = settings.leechThreshold;
		return {
			card,
			reviewId,
			becameLeech: isLeech(memory, threshold) && !isLeech(memoryOf(before), threshold)
		};
	});
}

/** Removes the newest answer and puts its card back as it was; null when there is nothing to undo. */
export async function undoLast(settings: SchedulerSettings): Promise<ReviewRow | null> {
	const db = database();
	return db.transaction('rw', [db.cards, db.reviews, db.reviewBlocks, db.mistakes], async () => {
		const last = await db.reviews.orderBy('id').last();
		if (!last?.id) return null;
		await db.reviews.delete(last.id);
		// An undone answer takes its mistake with it.
		await db.mistakes.where('reviewId').equals(last.id).delete();
		const current = await db.cards.get(last.cardId);
		// Answers recorded before the snapshot existed are undone by replaying the card's history.
		const previous =
			last.cardBefore !== undefined
				? last.cardBefore
				: (replayCard(await answersOfCards(db, [last.cardId]), settings) ?? null);
		if (previous === null) {
			if (current?.suspended)
				await db.cards.put({ ...freshCardRow(last.cardId, last.reviewedAt), suspended: 1 });
			else await db.cards.delete(last.cardId);
		} else {
			const row: CardRow = { ...(current ?? freshCardRow(last.cardId, last.reviewedAt)), ...previous };
			if (previous.last_review === undefined) delete row.last_review;
			await db.cards.put(row);
		}
		return last;
	});
}

/** The stored rows for these card ids (undefined for cards never studied), in the same order. */
export async function cardRows(ids: readonly string[]): Promise<(CardRow | undefined)[]> {
	return database().cards.bulkGet([...ids]);
}

/** Unsuspended cards due by `until` (epoch ms), soonest first, through the [suspended+due] index. */
export async function dueCardRows(until: number, limit = Infinity): Promise<CardRow[]> {
	const query = database().cards.where('[suspended+due]').between([0, -Infinity], [0, until], true, true);
	return Number.isFinite(limit) ? query.limit(limit).toArray() : query.toArray();
}

/** Answers given since `since` (epoch ms), for today's new and review counts. */
export async function reviewsSince(since: number): Promise<ReviewRow[]> {
	return answersSince(since);
}

/** Suspends or unsuspends a card, creating its row if it was never studied. */
export async function setSuspended(cardId: string, suspended: boolean, now: number): Promise<void> {
	const db = database();
	await db.transaction('rw', db.cards, async () => {
		const row = (await db.cards.get(cardId)) ?? freshCardRow(cardId, now);
		await db.cards.put({ ...row, suspended: suspended ? 1 : 0 });
	});
}

/** Hides a card until `until` (epoch ms), usually the start of the next study day. */
export async function bury(cardId: string, until: number, now: number): Promise<void> {
	const db = database();
	await db.transaction('rw', db.cards, async () => {
		const row = (await db.cards.get(cardId)) ?? freshCardRow(cardId, now);
		await db.cards.put({ ...row, buriedUntil: until });
	});
}
