/**
 * Keeps a record of every write to `cards`, in the same transaction as the write, whichever code made
 * it: every read-write transaction over `cards` is widened to `cardWrites`, and each card write adds
 * one row there naming the cards it wrote. A write of very many cards, or of a key range, adds a row
 * that says every card may have changed instead.
 *
 * The rows' keys count up and never repeat, even after the table is cleared, so the key of the last
 * row tells a reader whether any card was written since it looked, and the rows after a key are the
 * writes since then. Readers: the card pages (card-mirror.ts) and the deck snapshots (deck-snapshots.ts).
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import type { AppDatabase, CardWriteRow } from './db';

export const CARDS = 'cards';
export const CARD_WRITES = 'cardWrites';
/** Above this many cards in one write, every card is taken as changed rather than each listed. */
export const MANY_CARDS = 5000;

/** The card ids a mutation will write, known before it runs; null when it reaches a key range it does not name. */
function idsWritten(req: DBCoreMutateRequest, cards: DBCoreTable): unknown[] | null {
	switch (req.type) {
		case 'deleteRange':
			return null;
		case 'delete':
			return req.keys as unknown[];
		default: {
			const key = cards.schema.primaryKey.extractKey;
			if (req.keys) return req.keys as unknown[];
			// Cards keep their id in the row, so a row names its own key.
			return key ? req.values.map((value) => key(value) as unknown) : null;
		}
	}
}

function trackedCards(cards: DBCoreTable, writes: DBCoreTable): DBCoreTable {
	return {
		...cards,
		async mutate(req) {
			const ids = idsWritten(req, cards);
			if (ids !== null && ids.length === 0) return cards.mutate(req);
			const row: CardWriteRow =
				ids === null || ids.length > MANY_CARDS || !ids.every((id) => typeof id === 'string')
					? { all: true }
					: { ids };
			// Recorded beside the write rather than after it: a card named that the write then refuses
			// is only read again from its row.
			const [res] = await Promise.all([
				cards.mutate(req),
				writes.mutate({ type: 'add', trans: req.trans, values: [row] })
			]);
			return res;
		}
	};
}

/** The DBCore middleware; a database without a `cardWrites` store (an older schema) is left as it is. */
export const cardChangeTracking: Middleware<DBCore> = {
	stack: 'dbcore',
	name: 'cardChangeTracking',
	create(down) {
		const tracked = down.schema.tables.some((t) => t.name === CARD_WRITES);
		if (!tracked) return down;
		return {
			...down,
			transaction(stores, mode, options) {
				const widen = mode === 'readwrite' && stores.includes(CARDS) && !stores.includes(CARD_WRITES);
				return down.transaction(widen ? [...stores, CARD_WRITES] : stores, mode, options);
			},
			table(name) {
				const table = down.table(name);
				return name === CARDS ? trackedCards(table, down.table(CARD_WRITES)) : table;
			}
		};
	}
};

/** The key of the last write recorded, in the caller's transaction: a larger one later means cards were written since. */
export async function lastWrite(db: AppDatabase): Promise<number | undefined> {
	const [key] = await db.cardWrites.orderBy(':id').reverse().limit(1).primaryKeys();
	return key;
}

/**
 * Forgets every write recorded and records a restart in their place, so the keys go on rising and a
 * reader that looked before this point finds the restart among the writes after it. Call it in a
 * read-write transaction.
 */
export async function restartWrites(db: AppDatabase): Promise<void> {
	await db.cardWrites.clear();
	await db.cardWrites.add({ ids: [], restart: true });
}

/** What a list of recorded writes names: the ids written, or null when one of them may have written any card. */
export function cardsNamed(writes: readonly CardWriteRow[]): Set<string> | null {
	const ids = new Set<string>();
	for (const write of writes) {
		if (write.all || !Array.isArray(write.ids)) return null;
		for (const id of write.ids as unknown[]) {
			if (typeof id !== 'string') return null;
			ids.add(id);
		}
	}
	return ids;
}

/** The writes kept one by one; older ones are merged into one by mergeOldWrites. */
export const WRITES_KEPT = 2000;

/**
 * Merges all but the newest `kept / 2` writes into one, once more than `kept` are recorded, so the
 * record stays short for a learner who never opens a screen that rewrites the card pages. The merged
 * write names every card the old ones named and takes the key of the newest of them, so readers see
 * the same cards written, and the key of the last write does not change. Returns how many merged.
 */
export async function mergeOldWrites(db: AppDatabase, kept = WRITES_KEPT): Promise<number> {
	return db.transaction('rw', db.cardWrites, async () => {
		const count = await db.cardWrites.count();
		if (count <= kept) return 0;
		const old = await db.cardWrites
			.orderBy(':id')
			.limit(count - Math.floor(kept / 2))
			.toArray();
		const seq = old[old.length - 1]?.seq;
		if (seq === undefined) return 0;
		const named = cardsNamed(old);
		await db.cardWrites.bulkDelete(old.map((write) => write.seq as number));
		await db.cardWrites.put(
			named === null || named.size > MANY_CARDS ? { seq, all: true } : { seq, ids: [...named] }
		);
		return old.length;
	});
}
