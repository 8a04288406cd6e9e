/** Card rows and the flags a learner sets on them (suspend, bury), each change undoable. */
import { parseCardId } from '$lib/domain/cards/card-id';
import { newMemoryState } from '$lib/domain/scheduling/new-card';
import { database, type AppDatabase, type CardRow } from './db';
import { mergeOldWrites } from './card-change-tracking';

/** A row for a card never seen before: new, unsuspended, unburied. */
export function freshCardRow(cardId: string, now: number): CardRow {
	return { id: cardId, ...parseCardId(cardId), ...newMemoryState(now), suspended: 0, buriedUntil: 0 };
}

/** True when two rows hold the same fields with the same values; two missing rows are the same. */
export function sameCardRow(a: CardRow | undefined, b: CardRow | undefined): boolean {
	if (!a || !b) return a === b;
	const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof CardRow)[]);
	return [...keys].every((k) => a[k] === b[k]);
}

/** The flags of some cards before a change, enough to put them back; `stored` is false for cards with no row. */
export interface FlagsBefore {
	cards: { id: string; stored: boolean; suspended: 0 | 1; buriedUntil: number }[];
}

type FlagChange = Partial<Pick<CardRow, 'suspended' | 'buriedUntil'>>;

function idList(cardIds: string | readonly string[]): string[] {
	return [...new Set(typeof cardIds === 'string' ? [cardIds] : cardIds)];
}

/** Sets flags on cards in one transaction (creating rows for unseen cards) and returns what they were. */
async function changeFlags(ids: readonly string[], change: FlagChange, now: number): Promise<FlagsBefore> {
	const db = database();
	return db.transaction('rw', db.cards, async () => {
		const rows = await db.cards.bulkGet([...ids]);
		const before: FlagsBefore = { cards: [] };
		const after = ids.map((id, i) => {
			const row = rows[i];
			before.cards.push({
				id,
				stored: row !== undefined,
				suspended: row?.suspended ?? 0,
				buriedUntil: row?.buriedUntil ?? 0
			});
			return { ...(row ?? freshCardRow(id, now)), ...change };
		});
		await db.cards.bulkPut(after);
		return before;
	});
}

/** Suspends or unsuspends cards; returns their flags before, for undo. */
export async function setSuspended(
	cardIds: string | readonly string[],
	suspended: boolean,
	now: number
): Promise<FlagsBefore> {
	return changeFlags(idList(cardIds), { suspended: suspended ? 1 : 0 }, now);
}

/** Hides cards until `until` (epoch ms), usually the start of the next study day; 0 unburies. */
export async function bury(
	cardIds: string | readonly string[],
	until: number,
	now: number
): Promise<FlagsBefore> {
	return changeFlags(idList(cardIds), { buriedUntil: until }, now);
}

/**
 * Puts flags back as they were, leaving every answer given since in place; a row that did not
 * exist before and has not been answered since is removed again.
 */
export async function restoreFlags(before: FlagsBefore): Promise<void> {
	const db = database();
	await db.transaction('rw', db.cards, async () => {
		const rows = await db.cards.bulkGet(before.cards.map((c) => c.id));
		for (const [i, flags] of before.cards.entries()) {
			const row = rows[i];
			if (!row) continue;
			if (!flags.stored && row.reps === 0 && row.state === 0) await db.cards.delete(row.id);
			else await db.cards.put({ ...row, suspended: flags.suspended, buriedUntil: flags.buriedUntil });
		}
	});
}

/** Below this many ids, reading them one by one is as fast as reading the table. */
const BULK_READ = 200;

/** The stored rows for these card ids (undefined for cards never studied), in the same order. */
export async function cardRows(
	ids: readonly string[],
	db: AppDatabase = database()
): Promise<(CardRow | undefined)[]> {
	const cards = db.cards;
	// Thousands of single reads cost far more than one read of a table not much larger than the request.
	if (ids.length > BULK_READ && (await cards.count()) <= ids.length * 2) {
		const byId = new Map((await cards.toArray()).map((row) => [row.id, row]));
		return ids.map((id) => byId.get(id));
	}
	return cards.bulkGet([...ids]);
}

/** Keeps the record of card writes short (card-change-tracking.ts); returns how many writes were merged. */
export async function mergeOldCardWrites(): Promise<number> {
	return mergeOldWrites(database());
}
