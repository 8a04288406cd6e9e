/** The answer path: every graded answer, from any screen, is recorded here in one transaction. */
import { parseCardId } from '$lib/domain/cards/card-id';
import { answerTime, clockFault, type ClockFault } from '$lib/domain/scheduling/clock';
import { replayCard } from '$lib/domain/scheduling/replay';
import { applyGrade } from '$lib/domain/scheduling/scheduler';
import { newMemoryState } from '$lib/domain/scheduling/new-card';
import type { Grade, MemoryState, SchedulerSettings } from '$lib/domain/scheduling/types';
import { isLeech } from '$lib/domain/scheduling/daily-queue';
import { freshCardRow } from './card-repository';
import { deckRowsIn, deckSnapshotTables, saveDeckSnapshot } from './deck-snapshots';
import {
	database,
	type AnswerSource,
	type AppDatabase,
	type CardRow,
	type MistakeRow,
	type ReviewRow
} from './db';
import { answersOfCards, answersSince, answersSinceIn, historyTables } from './review-log';

export { bury, cardRows, freshCardRow, restoreFlags, setSuspended } from './card-repository';
export type { FlagsBefore } from './card-repository';

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
	/** set when the device clock reads before an answer already given */
	clock: ClockFault | null;
}

/** Why an undo was refused: the answer is gone, or the card has been answered again since. */
export type UndoRefusal = 'gone' | 'not-last';
export type UndoOutcome = { undone: ReviewRow } | { refused: UndoRefusal };

function memoryOf(row: CardRow): MemoryState {
	const { id: _id, itemId: _item, template: _t, suspended: _s, buriedUntil: _b, ...memory } = row;
	return memory;
}

/** Writes one answer; call it inside a transaction over cards, reviews and mistakes. */
async function writeAnswer(
	db: AppDatabase,
	input: AnswerInput,
	settings: SchedulerSettings
): Promise<AnswerResult> {
	// Only answers dated after now are read: normally there are none, so this costs one index probe.
	// Both reads, and then both writes, go out together: each wait inside a transaction has a cost.
	const [newest, stored] = await Promise.all([
		db.reviews.where('reviewedAt').above(input.now).last(),
		db.cards.get(input.cardId)
	]);
	const before = stored ?? freshCardRow(input.cardId, input.now);
	// A never-answered card starts fresh at this answer, exactly as replay starts it.
	const answeredBefore = before.reps > 0 || before.state !== 0;
	const at = answerTime(input.now, answeredBefore ? before.last_review : undefined);
	const start = answeredBefore ? memoryOf(before) : newMemoryState(at);
	const memory = applyGrade(start, input.grade, at, settings);
	const card: CardRow = { ...before, ...memory, buriedUntil: 0 };
	const review: ReviewRow = {
		cardId: input.cardId,
		grade: input.grade,
		reviewedAt: at,
		source: input.source,
		durationMs: Math.max(0, Math.round(input.durationMs)),
		stateBefore: before.state,
		scheduledDays: memory.scheduled_days,
		cardBefore: answeredBefore ? memoryOf(before) : null
	};
	const [added] = await Promise.all([db.reviews.add(review), db.cards.put(card)]);
	const reviewId = Number(added);
	if (input.mistake) {
		const { itemId } = parseCardId(input.cardId);
		await db.mistakes.add({
			...input.mistake,
			itemId,
			cardId: input.cardId,
			reviewId,
			source: input.source,
			at
		});
	}
	const threshold = settings.leechThreshold;
	return {
		card,
		reviewId,
		becameLeech: isLeech(memory, threshold) && !isLeech(memoryOf(before), threshold),
		clock: clockFault(input.now, newest?.reviewedAt)
	};
}

/** Appends the answer to the review log and updates the card's FSRS state, atomically. */
export async function recordAnswer(input: AnswerInput, settings: SchedulerSettings): Promise<AnswerResult> {
	return (await recordAnswers([input], settings))[0]!;
}

/** Records every answer of one question in one transaction: all of them, or none if any fails. */
export async function recordAnswers(
	inputs: readonly AnswerInput[],
	settings: SchedulerSettings
): Promise<AnswerResult[]> {
	const db = database();
	return db.transaction('rw', db.cards, db.reviews, db.mistakes, async () => {
		const results: AnswerResult[] = [];
		for (const input of inputs) results.push(await writeAnswer(db, input, settings));
		return results;
	});
}

/**
 * Takes back the answer `reviewId` and puts its card back as it was, but only while it is still
 * that card's latest answer: another tab may have answered the card since.
 */
export async function undoAnswer(reviewId: number, settings: SchedulerSettings): Promise<UndoOutcome> {
	const db = database();
	return db.transaction('rw', [db.cards, ...historyTables(db), db.mistakes], async () => {
		const review = await db.reviews.get(reviewId);
		if (!review) return { refused: 'gone' };
		const later = await db.reviews
			.where('cardId')
			.equals(review.cardId)
			.filter((r) => (r.id ?? 0) > reviewId)
			.count();
		if (later > 0) return { refused: 'not-last' };
		await db.reviews.delete(reviewId);
		// An undone answer takes its mistake with it.
		await db.mistakes.where('reviewId').equals(reviewId).delete();
		const current = await db.cards.get(review.cardId);
		// Answers recorded before the snapshot existed are undone by replaying the card's history.
		const previous =
			review.cardBefore !== undefined
				? review.cardBefore
				: (replayCard(await answersOfCards(db, [review.cardId]), settings) ?? null);
		if (previous === null) {
			if (current?.suspended)
				await db.cards.put({ ...freshCardRow(review.cardId, review.reviewedAt), suspended: 1 });
			else await db.cards.delete(review.cardId);
		} else {
			const row: CardRow = { ...(current ?? freshCardRow(review.cardId, review.reviewedAt)), ...previous };
			if (previous.last_review === undefined) delete row.last_review;
			await db.cards.put(row);
		}
		return { undone: review };
	});
}

/** Answers given in [since, until) (epoch ms), for today's new and review counts. */
export async function reviewsSince(since: number, until = Infinity): Promise<ReviewRow[]> {
	return (await answersSince(since)).filter((r) => r.reviewedAt < until);
}

/** What a study session starts from: the deck's stored rows and today's answers. */
export interface SessionStartRows {
	/** the stored row of each card asked for, in the same order; undefined for cards never studied */
	rows: (CardRow | undefined)[];
	/** answers given in [since, until) */
	today: ReviewRow[];
}

/**
 * A study session's start in one read transaction: the rows of the deck's cards `ids` and the
 * answers given in [since, until) (epoch ms), both read at once rather than one after the other.
 */
export async function sessionStartRows(
	ids: readonly string[],
	since: number,
	until: number
): Promise<SessionStartRows> {
	const db = database();
	// One transaction, and the reads in it open none of their own: nested ones cost as much as the reads.
	const [deck, answers] = await db.transaction(
		'r',
		[...deckSnapshotTables(db), db.reviews, db.reviewBlocks],
		() => Promise.all([deckRowsIn(db, ids), answersSinceIn(db, since)])
	);
	const today = answers.filter((r) => r.reviewedAt < until);
	// Taken after the read, not awaited: the session starts without waiting for the write.
	if (deck.retake) void saveDeckSnapshot(db, ids, deck, Date.now());
	return { rows: deck.rows, today };
}

/** The time of the newest answer in the log (epoch ms), for noticing a clock that moved back. */
export async function newestAnswerAt(): Promise<number | undefined> {
	return (await database().reviews.orderBy('reviewedAt').last())?.reviewedAt;
}
