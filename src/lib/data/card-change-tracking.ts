/**
 * Keeps a list of the cards written since the card mirror (card-mirror.ts) was last refreshed, in
 * the same transaction as the write, whichever code made it. Every read-write transaction over
 * `cards` is widened to `cardChanges`, and each card write adds its ids there; a write of many
 * cards, or of a key range, marks the whole mirror stale instead of listing each id.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';

export const CARDS = 'cards';
export const CARD_CHANGES = 'cardChanges';
/** The key of the change row that says every card may have changed; card ids are strings, so a number cannot collide. */
export const ALL_CARDS = 0;
/** The key of the row whose token every tracked write replaces, so a reader can tell whether any card was written since it read. */
export const WRITE_TOKEN = 1;
/** Above this many cards in one write, listing them costs more than rebuilding the mirror from the rows. */
export const MANY_CARDS = 1000;

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

function trackedCards(cards: DBCoreTable, changes: DBCoreTable): DBCoreTable {
	return {
		...cards,
		async mutate(req) {
			const ids = idsWritten(req, cards);
			if (ids !== null && ids.length === 0) return cards.mutate(req);
			const listed =
				ids === null || ids.length > MANY_CARDS ? [{ id: ALL_CARDS }] : ids.map((id) => ({ id }));
			const token = { id: WRITE_TOKEN, token: Math.random() };
			// Listed beside the write rather than after it: a card listed that the write then refuses is
			// only read again from its row.
			const [res] = await Promise.all([
				cards.mutate(req),
				changes.mutate({ type: 'put', trans: req.trans, values: [...listed, token] })
			]);
			return res;
		}
	};
}

/** The DBCore middleware; a database without a `cardChanges` store (an older schema) is left as it is. */
export const cardChangeTracking: Middleware<DBCore> = {
	stack: 'dbcore',
	name: 'cardChangeTracking',
	create(down) {
		const tracked = down.schema.tables.some((t) => t.name === CARD_CHANGES);
		if (!tracked) return down;
		return {
			...down,
			transaction(stores, mode, options) {
				const widen = mode === 'readwrite' && stores.includes(CARDS) && !stores.includes(CARD_CHANGES);
				return down.transaction(widen ? [...stores, CARD_CHANGES] : stores, mode, options);
			},
			table(name) {
				const table = down.table(name);
				return name === CARDS ? trackedCards(table, down.table(CARD_CHANGES)) : table;
			}
		};
	}
};
