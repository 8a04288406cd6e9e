/** Replays the review log and compares the result with, or writes it over, the stored card states. */
import { cardFieldProblem } from '$lib/domain/scheduling/memory-bounds';
import { replayByCard } from '$lib/domain/scheduling/replay';
import { newMemoryState } from '$lib/domain/scheduling/new-card';
import { MEMORY_NUMBERS, type MemoryState, type SchedulerSettings } from '$lib/domain/scheduling/types';
import { database, type AppDatabase, type CardRow } from './db';
import { cardRows, freshCardRow, sameCardRow } from './card-repository';
import { lastWrite } from './card-change-tracking';
import {
	cardTables,
	readCards,
	REFRESH_AT,
	refreshCardMirror,
	withRows,
	writeCardMirror,
	type CardsRead
} from './card-mirror';
import {
	logReadTables,
	logStamp,
	readReviewLog,
	sameStamp,
	type LogStamp,
	type ReviewLog
} from './review-log';

export interface IntegrityReport {
	cardsChecked: number;
	reviewsReplayed: number;
	/** ids of cards whose stored state differs from the replay */
	mismatched: string[];
	/** cards a rebuild wrote; 0 for a check */
	rewritten: number;
}

const FIELDS: readonly (keyof MemoryState)[] = [...MEMORY_NUMBERS, 'last_review'];

function sameMemory(row: CardRow, memory: MemoryState | undefined): boolean {
	if (!memory) return row.state === 0 && row.reps === 0;
	return FIELDS.every((f) => row[f] === memory[f]);
}

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

/** What a replay found, read in one transaction: the log's stamp, the rows as read and the corrected ones. */
export interface RebuildPlan {
	stamp: LogStamp;
	cardsChecked: number;
	reviewsReplayed: number;
	mismatched: string[];
	/** each corrected row, with the row it replaces as it was read (undefined: there was none) */
	fixes: { read: CardRow | undefined; row: CardRow }[];
	/** every stored card as read */
	cards: CardsRead;
}

/** Reads the log and the cards and replays them; call it inside a transaction over cards, reviews and reviewBlocks. */
async function planFromStore(
	db: AppDatabase,
	settings: SchedulerSettings,
	now: number
): Promise<RebuildPlan> {
	const [log, cards, stamp] = await Promise.all([readReviewLog(db), readCards(db), logStamp(db)]);
	const rows = cards.rows;
	const byId = new Map(rows.map((r) => [r.id, r]));
	const fixes: RebuildPlan['fixes'] = [];
	const mismatched = compareWithLog(
		rows,
		log,
		settings,
		(row) => fixes.push({ read: byId.get(row.id), row }),
		now
	);
	return { stamp, cardsChecked: rows.length, reviewsReplayed: log.card.length, mismatched, fixes, cards };
}

/** Replays the stored log against the stored cards in a read-only transaction: answering stays free meanwhile. */
export async function planRebuild(settings: SchedulerSettings, now = Date.now()): Promise<RebuildPlan> {
	const db = database();
	return db.transaction('r', [...cardTables(db), ...logReadTables(db)], () =>
		planFromStore(db, settings, now)
	);
}

/**
 * Writes a plan's corrected cards, and only those, in one transaction. If an answer was logged or
 * a planned card changed since the plan was read, the replay is done again inside this transaction.
 */
export async function applyRebuild(
	plan: RebuildPlan,
	settings: SchedulerSettings,
	now = Date.now()
): Promise<IntegrityReport> {
	const db = database();
	return db.transaction('rw', [...cardTables(db), ...logReadTables(db)], async () => {
		const [stamp, current, token] = await Promise.all([
			logStamp(db),
			cardRows(plan.fixes.map((f) => f.row.id)),
			lastWrite(db)
		]);
		const moved =
			!sameStamp(stamp, plan.stamp) || plan.fixes.some((f, i) => !sameCardRow(current[i], f.read));
		const used = moved ? await planFromStore(db, settings, now) : plan;
		const written = used.fixes.map((f) => f.row);
		await db.cards.bulkPut(written);
		// The plan read every card: unless one was written since, the pages can be written from it.
		const unchanged = moved || token === plan.cards.token;
		if (unchanged && (used.cards.stale || written.length > REFRESH_AT))
			await writeCardMirror(db, withRows(used.cards.rows, written));
		return { ...report(used), mismatched: [], rewritten: used.fixes.length };
	});
}

function report(plan: RebuildPlan): IntegrityReport {
	const { cardsChecked, reviewsReplayed, mismatched } = plan;
	return { cardsChecked, reviewsReplayed, mismatched, rewritten: 0 };
}

/** Checks every stored card against a replay of the whole log. */
export async function checkIntegrity(settings: SchedulerSettings): Promise<IntegrityReport> {
	const plan = await planRebuild(settings);
	if (plan.cards.stale) await refreshCardMirror(database(), plan.cards);
	return report(plan);
}

/** Rewrites only the cards whose FSRS state differs from a replay of the log, keeping suspend and bury flags. */
export async function rebuildFromLog(settings: SchedulerSettings): Promise<IntegrityReport> {
	return applyRebuild(await planRebuild(settings), settings);
}
