/** Reads for the mistake notebook: every mistake, and the answers that decide whether each item is cleared. */
import { streakCardIds } from '$lib/domain/notebook/notebook';
import { database, type MistakeRow, type ReviewRow } from './db';
import { answersOfCards, historyTables } from './review-log';

export interface NotebookRecords {
	mistakes: MistakeRow[];
	/** answers on the notebook items' cards, in log order */
	answers: ReviewRow[];
}

/** All mistakes, and every answer, packed or recent, on the cards of the items they belong to. */
export async function notebookRecords(): Promise<NotebookRecords> {
	const db = database();
	return db.transaction('r', [db.mistakes, ...historyTables(db)], async () => {
		const mistakes = await db.mistakes.toArray();
		const cardIds = [...new Set(mistakes.flatMap((m) => streakCardIds(m.itemId, [m])))];
		return { mistakes, answers: await answersOfCards(db, cardIds) };
	});
}
