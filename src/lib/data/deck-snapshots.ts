/**
 * A study session starts from the rows of its deck's cards. Read one by one, a deck of a few hundred
 * cards costs tens of milliseconds, since each read is its own IndexedDB request and a deck's cards
 * are scattered through the table. Each deck a learner opens is therefore also kept as a snapshot:
 * its cards' rows as one page of typed columns (card-mirror.ts), read in a single request.
 *
 * A snapshot is trusted only while every card write since it was taken is still recorded in
 * `cardWrites` (card-change-tracking.ts): it keeps the key of the last write it saw, and the deck's
 * cards written after that are read from their rows. A snapshot that is missing, older than a
 * restart of the record, of other cards, or damaged is not used: the rows are read, and the snapshot
 * is taken again.
 */
import type { AppDatabase, CardRow, DeckSnapshotRow } from './db';
import { cardsNamed, lastWrite, restartWrites } from './card-change-tracking';
import { decodeColumns, encodeColumns } from './card-mirror';
import { cardRows } from './card-repository';

/** Snapshots kept: the decks opened most recently. */
export const SNAPSHOTS_KEPT = 16;
/** Above this many of the deck's cards read from their rows, the snapshot is taken again. */
export const RETAKE_AT = 32;

/** The tables `readDeckRows` needs in its transaction. */
export function deckSnapshotTables(db: AppDatabase) {
	return [db.cards, db.cardWrites, db.deckSnapshots];
}

/** A short key for a list of card ids (two 32-bit FNV-1a hashes and the length); the ids themselves are compared on read. */
export function deckKey(ids: readonly string[]): string {
	let a = 0x811c9dc5;
	let b = 0x01000193;
	for (const id of ids) {
		for (let i = 0; i < id.length; i++) {
			const c = id.charCodeAt(i);
			a = Math.imul(a ^ c, 0x01000193);
			b = Math.imul(b ^ c, 0x5bd1e995);
		}
		a = Math.imul(a ^ 0x0a, 0x01000193);
		b = Math.imul(b ^ 0x0a, 0x5bd1e995);
	}
	return `${ids.length}.${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}`;
}

export interface DeckRowsRead {
	/** the stored row of each card asked for, in the same order; undefined for cards never studied */
	rows: (CardRow | undefined)[];
	/** true when the snapshot should be taken again: it was not usable, or many of its cards were read from rows */
	retake: boolean;
	/** the key of the last card write when the rows were read */
	token: number | undefined;
}

/** The deck's rows from its snapshot with the cards written since put in, or null when the snapshot cannot be used. */
async function fromSnapshot(
	db: AppDatabase,
	ids: readonly string[],
	snapshot: DeckSnapshotRow | undefined
): Promise<{ rows: (CardRow | undefined)[]; reread: number; token: number } | null> {
	if (!snapshot || !Number.isSafeInteger(snapshot.seq) || snapshot.ids !== JSON.stringify(ids)) return null;
	// The write the snapshot saw comes first: if it is gone, a restart forgot it and the writes after it.
	const [seen, ...since] = await db.cardWrites.where(':id').aboveOrEqual(snapshot.seq).toArray();
	if (seen?.seq !== snapshot.seq || since.some((write) => write.restart)) return null;
	const named = cardsNamed(since);
	if (named === null) return null;
	const rows =
		typeof snapshot.columns === 'object' && snapshot.columns ? decodeColumns(ids, snapshot.columns) : null;
	if (rows === null) return null;
	const reread = ids.flatMap((id, i) => (named.has(id) ? [i] : []));
	const fresh = reread.length > 0 ? await db.cards.bulkGet(reread.map((i) => ids[i] as string)) : [];
	reread.forEach((at, i) => (rows[at] = fresh[i]));
	const token = since.length > 0 ? (since[since.length - 1]?.seq as number) : snapshot.seq;
	return { rows, reread: reread.length, token };
}

/**
 * The rows of the cards `ids`, in order; call it inside a transaction over `deckSnapshotTables`.
 * It opens no transaction of its own: a nested one costs as much as these reads themselves.
 */
export async function deckRowsIn(db: AppDatabase, ids: readonly string[]): Promise<DeckRowsRead> {
	const kept = await fromSnapshot(db, ids, await db.deckSnapshots.get(deckKey(ids)));
	if (kept) return { rows: kept.rows, retake: kept.reread > RETAKE_AT, token: kept.token };
	const [rows, token] = await Promise.all([cardRows(ids, db), lastWrite(db)]);
	return { rows, retake: ids.length > 0, token };
}

/** The rows of the cards `ids`, in order, in a read transaction of their own. */
export function readDeckRows(db: AppDatabase, ids: readonly string[]): Promise<DeckRowsRead> {
	return db.transaction('r', deckSnapshotTables(db), () => deckRowsIn(db, ids));
}

/**
 * Keeps `read` as the snapshot of the deck `ids`, in a transaction of its own, unless a card was
 * written since it was taken. Older snapshots beyond SNAPSHOTS_KEPT go. A snapshot that cannot be
 * written, as on a full disk, is only missed: the next session reads the rows again.
 */
export async function saveDeckSnapshot(
	db: AppDatabase,
	ids: readonly string[],
	read: DeckRowsRead,
	now: number
): Promise<void> {
	await db
		.transaction('rw', db.cardWrites, db.deckSnapshots, async () => {
			let seq = await lastWrite(db);
			if (seq !== read.token) return;
			if (seq === undefined) {
				// Nothing recorded yet: an empty write gives the snapshot a point to read on from.
				await restartWrites(db);
				seq = await lastWrite(db);
				if (seq === undefined) return;
			}
			await db.deckSnapshots.put({
				key: deckKey(ids),
				at: now,
				seq,
				ids: JSON.stringify(ids),
				columns: encodeColumns(ids, read.rows)
			});
			const beyond = await db.deckSnapshots.orderBy('at').reverse().offset(SNAPSHOTS_KEPT).primaryKeys();
			if (beyond.length > 0) await db.deckSnapshots.bulkDelete(beyond);
		})
		.catch(() => undefined);
}
