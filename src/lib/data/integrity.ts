/** Replays the review log and compares the result with the stored card states. */
import { replay } from '$lib/domain/scheduling/replay';
import type { MemoryState, SchedulerSettings } from '$lib/domain/scheduling/types';
import { database, type CardRow } from './db';
import { freshCardRow } from './review-repository';

export interface IntegrityReport {
	cardsChecked: number;
	reviewsReplayed: number;
	/** ids of cards whose stored state differs from the replay */
	mismatched: string[];
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

/** Checks every stored card against a replay of the whole log. */
export async function checkIntegrity(settings: SchedulerSettings): Promise<IntegrityReport> {
	const db = database();
	return db.transaction('r', db.cards, db.reviews, async () => {
		const reviews = await db.reviews.orderBy('id').toArray();
		const states = replay(reviews, settings);
		const rows = await db.cards.toArray();
		const mismatched = rows.filter((row) => !sameMemory(row, states.get(row.id))).map((row) => row.id);
		const stored = new Set(rows.map((r) => r.id));
		for (const id of states.keys()) if (!stored.has(id)) mismatched.push(id);
		return { cardsChecked: rows.length, reviewsReplayed: reviews.length, mismatched };
	});
}

/** Rewrites every card's FSRS state from a replay of the log, keeping suspend and bury flags. */
export async function rebuildFromLog(settings: SchedulerSettings): Promise<void> {
	const db = database();
	await db.transaction('rw', db.cards, db.reviews, async () => {
		const states = replay(await db.reviews.orderBy('id').toArray(), settings);
		const rows = await db.cards.toArray();
		const byId = new Map(rows.map((r) => [r.id, r]));
		const rebuilt: CardRow[] = [];
		for (const [id, memory] of states) {
			const row = byId.get(id);
			rebuilt.push({ ...(row ?? freshCardRow(id, memory.due)), ...memory });
		}
		await db.cards.bulkPut(rebuilt);
	});
}
