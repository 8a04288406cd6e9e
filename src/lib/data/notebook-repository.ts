/** Reads for the mistake notebook: every mistake, and the answers that decide whether each item is cleared. */
import { streakCardIds } from '$lib/domain/notebook/notebook';
import { database, type MistakeRow, type ReviewRow } from './db';

export interface NotebookRecords {
	mistakes: MistakeRow[];
	/** answers on the notebook items' cards, in log order */
	answers: ReviewRow[];
}

/** All mistakes, and the answers on the cards of the items they belong to (through the cardId index). */
export async function notebookRecords(): Promise<NotebookRecords> {
	const db = database();
	return db.transaction('r', db.mistakes, db.reviews, async () => {
		const mistakes = await db.mistakes.toArray();
		const cardIds = [...new Set(mistakes.flatMap((m) => streakCardIds(m.itemId, [m])))];
		const answers = cardIds.length ? await db.reviews.where('cardId').anyOf(cardIds).toArray() : [];
		return { mistakes, answers: answers.sort((a, b) => (a.id ?? 0) - (b.id ?? 0)) };
	});
}
