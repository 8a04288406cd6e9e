/** Replays the review log and compares the result with the stored card states. */
import { replay } from '$lib/domain/scheduling/replay';
import type { MemoryState, SchedulerSettings } from '$lib/domain/scheduling/types';
import { database, type CardRow } from './db';

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
