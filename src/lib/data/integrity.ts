/** Replays the review log and compares the result with, or writes it over, the stored card states. */
import { cardFieldProblem } from '$lib/domain/scheduling/memory-bounds';
import { replayByCard } from '$lib/domain/scheduling/replay';
import { newMemoryState } from '$lib/domain/scheduling/scheduler';
import type { MemoryState, SchedulerSettings } from '$lib/domain/scheduling/types';
import { database, type CardRow } from './db';
import { freshCardRow } from './card-repository';
import { readReviewLog, type ReviewLog } from './review-log';

export interface IntegrityReport {
	cardsChecked: number;
	reviewsReplayed: number;
	/** ids of cards whose stored state differs from the replay */
	mismatched: string[];
	/** cards a rebuild wrote; 0 for a check */
	rewritten: number;
}

const FIELDS: (keyof MemoryState)[] = [
	'due',
	'stability',
	'difficulty',
	'elapsed_days',
	'scheduled_days',
	'learning_steps',
	'reps',
	'lapses',
	'state',
	'last_review'
];

function sameMemory(row: CardRow, memory: MemoryState | undefined): boolean {
	if (!memory) return row.state === 0 && row.reps === 0;
	return FIELDS.every((f) => row[f] === memory[f]);
}

/** Cards per write while the rest are replayed, so writing overlaps replaying. */
const WRITE_BATCH = 2000;

const DAY = 86_400_000;

/** The row with flags the queue cannot read put right: unsuspended unless exactly 1, unburied unless a near date. */
function withSaneFlags(row: CardRow, now: number): CardRow {
	const buried =
		Number.isInteger(row.buriedUntil) && row.buriedUntil >= 0 && row.buriedUntil <= now + 2 * DAY;
	return { ...row, suspended: row.suspended === 1 ? 1 : 0, buriedUntil: buried ? row.buriedUntil : 0 };
}

/**
 * Replays the log card by card and compares each result with its row; returns the ids that differ
 * or hold values the scheduler rejects at `now` (epoch ms), and hands `fix` the corrected row for
 * each (a card the log never mentions goes back to new), as Anki's Check Database does.
 */
export function compareWithLog(
	rows: readonly CardRow[],
	log: ReviewLog,
	settings: SchedulerSettings,
	fix?: (row: CardRow) => void,
	now = Date.now()
): string[] {
	const sound = (row: CardRow) => cardFieldProblem(row, now) === null;
	const stored = new Map(rows.map((r) => [r.id, r]));
	const mismatched: string[] = [];
	// A card the learner reset to new is replayed from its reset on.
	const resetAt = rows.some((r) => r.forgottenAt !== undefined)
		? (c: number) => stored.get(log.cardIds[c] ?? '')?.forgottenAt
		: undefined;
	for (const [c, memory] of replayByCard(log, settings, resetAt)) {
		const id = log.cardIds[c] ?? '';
		const row = stored.get(id);
		stored.delete(id);
		if (row && sameMemory(row, memory) && sound(row)) continue;
		mismatched.push(id);
		fix?.(withSaneFlags({ ...(row ?? freshCardRow(id, memory.due)), ...memory }, now));
	}
	for (const row of stored.values()) {
		if (sameMemory(row, undefined) && sound(row)) continue;
		mismatched.push(row.id);
		const { last_review: _gone, ...rest } = row;
		const due = Number.isInteger(row.due) && row.due >= 0 && row.due <= now + 36_500 * DAY ? row.due : now;
		fix?.(withSaneFlags({ ...rest, ...newMemoryState(due) }, now));
	}
	return mismatched;
}

/** Replays the stored log against the stored cards; with `rewrite`, writes every card that differs. */
async function replayAgainstCards(settings: SchedulerSettings, rewrite: boolean): Promise<IntegrityReport> {
	const db = database();
	const tables = [db.cards, db.reviews, db.reviewBlocks];
	return db.transaction(rewrite ? 'rw' : 'r', tables, async () => {
		const [log, rows] = await Promise.all([readReviewLog(db), db.cards.toArray()]);
		const writes: Promise<unknown>[] = [];
		const batch: CardRow[] = [];
		// Each batch is written while the next is replayed.
		const fix = (row: CardRow) => {
			batch.push(row);
			if (batch.length === WRITE_BATCH) writes.push(db.cards.bulkPut(batch.splice(0)));
		};
		const mismatched = compareWithLog(rows, log, settings, rewrite ? fix : undefined);
		if (batch.length) writes.push(db.cards.bulkPut(batch));
		await Promise.all(writes);
		return {
			cardsChecked: rows.length,
			reviewsReplayed: log.card.length,
			mismatched: rewrite ? [] : mismatched,
			rewritten: rewrite ? mismatched.length : 0
		};
	});
}

/** Checks every stored card against a replay of the whole log. */
export function checkIntegrity(settings: SchedulerSettings): Promise<IntegrityReport> {
	return replayAgainstCards(settings, false);
}

/** Rewrites every card whose FSRS state differs from a replay of the log, keeping suspend and bury flags. */
export function rebuildFromLog(settings: SchedulerSettings): Promise<IntegrityReport> {
	return replayAgainstCards(settings, true);
}
