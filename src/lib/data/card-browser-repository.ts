/** The card browser's storage: every stored card, bulk actions in one transaction each, and their undo. */
import type { CardAction } from '$lib/domain/browser/card-actions';
import { newMemoryState } from '$lib/domain/scheduling/new-card';
import { database, type CardRow, type ReviewRow } from './db';
import { answersOfCards, historyTables } from './review-log';
import { freshCardRow, sameCardRow } from './card-repository';

/** What the browser can do to a selection; "first" and "last" reposition new cards. */
export { CARD_ACTIONS, type CardAction } from '$lib/domain/browser/card-actions';

/** Enough to put a selection back as it was: the rows before and after the action. */
export interface CardActionUndo {
	action: CardAction;
	ids: string[];
	/** null where the card had no row (never studied) */
	before: (CardRow | null)[];
	after: CardRow[];
}

/** The row after `action`; `index` spreads repositioned cards in selection order. */
function acted(row: CardRow, action: CardAction, now: number, buryUntil: number, index: number): CardRow {
	switch (action) {
		case 'suspend':
			return { ...row, suspended: 1 };
		case 'unsuspend':
			return { ...row, suspended: 0 };
		case 'bury':
			return { ...row, buriedUntil: buryUntil };
		case 'unbury':
			return { ...row, buriedUntil: 0 };
		case 'forget': {
			if (row.state === 0 && row.reps === 0) return row;
			const { last_review: _gone, ...kept } = row;
			return { ...kept, ...newMemoryState(now), buriedUntil: 0, forgottenAt: now };
		}
		case 'first':
		case 'last':
			// Later moves to the front go before earlier ones; later moves to the end go after them.
			if (row.state !== 0) return row;
			return { ...row, position: action === 'first' ? index - now : now + index };
	}
}

/**
 * Applies `action` to the cards `ids` at `now` (epoch ms) in one transaction; `buryUntil` (epoch ms)
 * is when buried cards come back. Returns what undoCardAction needs.
 */
export async function applyCardAction(
	ids: readonly string[],
	action: CardAction,
	now: number,
	buryUntil: number
): Promise<CardActionUndo> {
	const db = database();
	return db.transaction('rw', db.cards, async () => {
		const rows = await db.cards.bulkGet([...ids]);
		const after = ids.map((id, i) => acted(rows[i] ?? freshCardRow(id, now), action, now, buryUntil, i));
		await db.cards.bulkPut(after);
		return { action, ids: [...ids], before: rows.map((r) => r ?? null), after };
	});
}

export interface UndoOutcome {
	restored: number;
	/** cards answered or changed since the action, left as they are now */
	skipped: number;
}

/** Puts back every card of an action that nothing has changed since, in one transaction. */
export async function undoCardAction(undo: CardActionUndo): Promise<UndoOutcome> {
	const db = database();
	return db.transaction('rw', db.cards, async () => {
		const current = await db.cards.bulkGet(undo.ids);
		const put: CardRow[] = [];
		const gone: string[] = [];
		undo.ids.forEach((id, i) => {
			if (!sameCardRow(current[i], undo.after[i])) return;
			const before = undo.before[i];
			if (before) put.push(before);
			else gone.push(id);
		});
		await Promise.all([db.cards.bulkPut(put), db.cards.bulkDelete(gone)]);
		return { restored: put.length + gone.length, skipped: undo.ids.length - put.length - gone.length };
	});
}

/** A card's stored row and every answer it was given, packed ones included, oldest first. */
export async function cardWithAnswers(
	id: string
): Promise<{ row: CardRow | undefined; answers: ReviewRow[] }> {
	const db = database();
	return db.transaction('r', [db.cards, ...historyTables(db)], async () => {
		const [row, answers] = await Promise.all([db.cards.get(id), answersOfCards(db, [id])]);
		return { row, answers };
	});
}

/** How many of these cards are new, due by `until` (epoch ms) or suspended; cards without a row are new. */
export async function cardStatus(
	ids: readonly string[],
	until: number
): Promise<{ new: number; due: number; suspended: number }> {
	const rows = await database().cards.bulkGet([...ids]);
	const status = { new: 0, due: 0, suspended: 0 };
	for (const row of rows) {
		if (row?.suspended === 1) status.suspended++;
		else if (!row || row.state === 0) status.new++;
		else if (row.due <= until) status.due++;
	}
	return status;
}
