/**
 * Every stored card, also kept as a few pages of typed columns. Reading tens of thousands of card
 * rows one record at a time costs half a second; reading the same cards as pages costs a few
 * tens of milliseconds. The rows stay the truth (their indexes answer the due queue and the card
 * browser); the pages are a copy for the readers that need every card: stats, the integrity
 * replay, backups and restores.
 *
 * The copy may lag the rows: every write to `cards` is recorded in `cardWrites`, in the same
 * transaction (card-change-tracking.ts), and a reader takes the cards written from the rows. A row the
 * columns cannot hold exactly (an unknown field, a string where a number belongs) is kept in its
 * page as it is.
 */
import { MEMORY_NUMBERS } from '$lib/domain/scheduling/types';
import type { AppDatabase, CardPageRow, CardRow } from './db';
import { cardsNamed, lastWrite, restartWrites } from './card-change-tracking';

/** The key of the row that says the pages hold every card as of the writes recorded. */
export const MIRROR_BUILT = -1;
/** Cards per page. */
export const PAGE_CARDS = 2000;
/** Beyond this many changed cards, reading them from the rows costs about as much as reading them all. */
const MERGE_LIMIT = 5000;
/** Readers that find more changes than this rewrite the pages, so the list stays short. */
export const REFRESH_AT = 1000;

const NUMBERS = [...MEMORY_NUMBERS, 'suspended', 'buriedUntil'] as const;
const OPTIONAL = ['last_review', 'forgottenAt', 'position'] as const;
const WIDTH = NUMBERS.length + OPTIONAL.length;
/** The bit in `present` that says the row is kept as it is, in `odd`. */
const ODD = 0x80;
const KNOWN = new Set<string>(['id', 'itemId', 'template', ...NUMBERS, ...OPTIONAL]);
const OPTIONAL_KEYS = new Set<string>(OPTIONAL);

/** The tables a reader or writer of the mirror needs in its transaction. */
export function cardTables(db: AppDatabase) {
	return [db.cards, db.cardPages, db.cardWrites];
}

/** Orders keys as IndexedDB does; card ids are strings, which compare by code unit as in JavaScript. */
export function compareKeys(a: unknown, b: unknown): number {
	if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
	return indexedDB.cmp(a, b);
}

/** True when the columns give back exactly this row: known fields only, numbers where numbers belong. */
function fitsColumns(row: CardRow): boolean {
	const r = row as unknown as Record<string, unknown>;
	if (typeof r.id !== 'string' || typeof r.template !== 'string' || typeof r.itemId !== 'string')
		return false;
	if (`${r.itemId}:${r.template}` !== r.id) return false;
	for (const key of Object.keys(r)) {
		if (!KNOWN.has(key)) return false;
		if (isText(key)) continue;
		const value = r[key];
		if (value === undefined ? !OPTIONAL_KEYS.has(key) : typeof value !== 'number') return false;
	}
	return NUMBERS.every((key) => typeof r[key] === 'number');
}

const isText = (key: string) => key === 'id' || key === 'itemId' || key === 'template';

/** Writes a row's numbers at `at`; returns its bits of optional fields present. */
function writeNumbers(numbers: Float64Array, at: number, row: CardRow): number {
	for (let f = 0; f < NUMBERS.length; f++) numbers[at + f] = row[NUMBERS[f] as keyof CardRow] as number;
	let bits = 0;
	for (let f = 0; f < OPTIONAL.length; f++) {
		const value = row[OPTIONAL[f] as keyof CardRow] as number | undefined;
		if (value === undefined) continue;
		bits |= 1 << f;
		numbers[at + NUMBERS.length + f] = value;
	}
	return bits;
}

/** The row whose numbers start at `at`. */
function readNumbers(numbers: Float64Array, at: number, bits: number, id: string, template: string): CardRow {
	const row: CardRow = {
		id,
		itemId: id.slice(0, id.length - template.length - 1),
		template,
		due: numbers[at] as number,
		stability: numbers[at + 1] as number,
		difficulty: numbers[at + 2] as number,
		elapsed_days: numbers[at + 3] as number,
		scheduled_days: numbers[at + 4] as number,
		learning_steps: numbers[at + 5] as number,
		reps: numbers[at + 6] as number,
		lapses: numbers[at + 7] as number,
		state: numbers[at + 8] as CardRow['state'],
		suspended: numbers[at + 9] as CardRow['suspended'],
		buriedUntil: numbers[at + 10] as number
	};
	if (bits & 1) row.last_review = numbers[at + 11];
	if (bits & 2) row.forgottenAt = numbers[at + 12];
	if (bits & 4) row.position = numbers[at + 13];
	return row;
}

/** One page of cards, in the order given. */
export function encodePage(page: number, rows: readonly CardRow[]): CardPageRow {
	const n = rows.length;
	const ids = new Array<unknown>(n);
	const templates = new Array<string>(n);
	const numbers = new Float64Array(n * WIDTH);
	const present = new Uint8Array(n);
	const odd: CardRow[] = [];
	for (let i = 0; i < n; i++) {
		const row = rows[i] as CardRow;
		ids[i] = row.id;
		templates[i] = '';
		if (!fitsColumns(row)) {
			present[i] = ODD;
			odd.push(row);
			continue;
		}
		templates[i] = row.template;
		present[i] = writeNumbers(numbers, i * WIDTH, row);
	}
	return { page, ids: ids as string[], templates, numbers, present, odd };
}

/** The rows of one page, or null when the page is not one this module wrote. */
export function decodePage(page: CardPageRow): CardRow[] | null {
	const { ids, templates, numbers, present, odd } = page;
	if (!Array.isArray(ids) || !Array.isArray(templates) || !Array.isArray(odd)) return null;
	if (!(numbers instanceof Float64Array) || !(present instanceof Uint8Array)) return null;
	const n = ids.length;
	if (templates.length !== n || present.length !== n || numbers.length !== n * WIDTH) return null;
	const rows = new Array<CardRow>(n);
	let k = 0;
	for (let i = 0; i < n; i++) {
		const bits = present[i] as number;
		if (bits & ODD) {
			const row = odd[k++];
			if (row === undefined) return null;
			rows[i] = row;
			continue;
		}
		const id: unknown = ids[i];
		const template: unknown = templates[i];
		if (typeof id !== 'string' || typeof template !== 'string') return null;
		rows[i] = readNumbers(numbers, i * WIDTH, bits, id, template);
	}
	return k === odd.length ? rows : null;
}

/**
 * The rows of a known list of card ids as columns in the same order, with no text but the rows the
 * columns cannot hold: a card's id is the list's, and its template the last `templateLength` characters.
 */
export interface CardColumns {
	numbers: Float64Array;
	/** the bits of encodePage, with STORED set when the card has a row; 0 when it has none */
	present: Uint8Array;
	templateLength: Uint8Array;
	odd: CardRow[];
}

/** The bit in CardColumns' `present` that says the card has a stored row. */
const STORED = 0x40;

/** `rows[i]` is the stored row of `ids[i]`, or undefined when it has none. */
export function encodeColumns(ids: readonly string[], rows: readonly (CardRow | undefined)[]): CardColumns {
	const n = ids.length;
	const numbers = new Float64Array(n * WIDTH);
	const present = new Uint8Array(n);
	const templateLength = new Uint8Array(n);
	const odd: CardRow[] = [];
	for (let i = 0; i < n; i++) {
		const row = rows[i];
		if (row === undefined) continue;
		if (row.id !== ids[i] || !fitsColumns(row) || row.template.length > 0xff) {
			present[i] = STORED | ODD;
			odd.push(row);
			continue;
		}
		templateLength[i] = row.template.length;
		present[i] = STORED | writeNumbers(numbers, i * WIDTH, row);
	}
	return { numbers, present, templateLength, odd };
}

/** The rows of `ids` from their columns, or null when the columns are not ones encodeColumns wrote for them. */
export function decodeColumns(ids: readonly string[], columns: CardColumns): (CardRow | undefined)[] | null {
	const { numbers, present, templateLength, odd } = columns;
	if (!(numbers instanceof Float64Array) || !(present instanceof Uint8Array)) return null;
	if (!(templateLength instanceof Uint8Array) || !Array.isArray(odd)) return null;
	const n = ids.length;
	if (present.length !== n || templateLength.length !== n || numbers.length !== n * WIDTH) return null;
	const rows = new Array<CardRow | undefined>(n).fill(undefined);
	let k = 0;
	for (let i = 0; i < n; i++) {
		const bits = present[i] as number;
		if (!(bits & STORED)) continue;
		if (bits & ODD) {
			const row = odd[k++];
			if (row === undefined) return null;
			rows[i] = row;
			continue;
		}
		const id = ids[i] as string;
		const length = templateLength[i] as number;
		if (length >= id.length || id[id.length - length - 1] !== ':') return null;
		rows[i] = readNumbers(numbers, i * WIDTH, bits, id, id.slice(id.length - length));
	}
	return k === odd.length ? rows : null;
}

/** Every card as pages, with the row that says the pages are complete; `rows` in key order. */
export function encodeMirror(rows: readonly CardRow[]): CardPageRow[] {
	const pages: CardPageRow[] = [encodePage(MIRROR_BUILT, [])];
	for (let at = 0; at < rows.length; at += PAGE_CARDS)
		pages.push(encodePage(pages.length - 1, rows.slice(at, at + PAGE_CARDS)));
	return pages;
}

/** Pages in key order, with changed cards replaced by their rows (`fresh[j]` undefined: deleted). */
function merge(
	base: readonly CardRow[],
	changed: readonly unknown[],
	fresh: readonly (CardRow | undefined)[]
) {
	const out: CardRow[] = [];
	let i = 0;
	for (let j = 0; j < changed.length; j++) {
		const id = changed[j];
		while (i < base.length && compareKeys((base[i] as CardRow).id, id) < 0) out.push(base[i++] as CardRow);
		if (i < base.length && compareKeys((base[i] as CardRow).id, id) === 0) i++;
		const row = fresh[j];
		if (row) out.push(row);
	}
	while (i < base.length) out.push(base[i++] as CardRow);
	return out;
}

export interface CardsRead {
	/** every stored card, in key order, as `cards.toArray()` gives them */
	rows: CardRow[];
	/** true when the pages should be rewritten: they were missing or behind by many cards */
	stale: boolean;
	/** the key of the last card write when the cards were read (card-change-tracking.ts): unchanged later means no card was written since */
	token: number | undefined;
}

/** Every stored card; runs in the caller's transaction if it covers `cardTables`. */
export async function readCards(db: AppDatabase): Promise<CardsRead> {
	return db.transaction('r', cardTables(db), async () => {
		const [writes, pages] = await Promise.all([db.cardWrites.toArray(), db.cardPages.toArray()]);
		const token = writes[writes.length - 1]?.seq;
		const named = cardsNamed(writes);
		const whole = pages[0]?.page === MIRROR_BUILT && named !== null && named.size <= MERGE_LIMIT;
		const decoded = whole ? pages.slice(1).map(decodePage) : [];
		if (!whole || decoded.some((p) => p === null))
			return { rows: await db.cards.toArray(), stale: true, token };
		const changed = [...named].sort(compareKeys);
		const base = decoded.length === 1 ? (decoded[0] as CardRow[]) : (decoded as CardRow[][]).flat();
		const fresh = changed.length > 0 ? await db.cards.bulkGet(changed) : [];
		const stale = changed.length > REFRESH_AT || writes.length > REFRESH_AT;
		return { rows: merge(base, changed, fresh), stale, token };
	});
}

/** Cards sorted as the store keeps them. */
export function inKeyOrder(cards: readonly CardRow[]): CardRow[] {
	return [...cards].sort((a, b) => compareKeys(a.id, b.id));
}

/** `rows` (in key order) with `written` put in place of, or beside, the rows with their ids. */
export function withRows(rows: readonly CardRow[], written: readonly CardRow[]): CardRow[] {
	const sorted = inKeyOrder(written);
	return merge(
		rows,
		sorted.map((r) => r.id),
		sorted
	);
}

/** Rewrites the pages as `rows`, every stored card in key order; call it in a read-write transaction over `cardTables`. */
export async function writeCardMirror(db: AppDatabase, rows: readonly CardRow[]): Promise<void> {
	await Promise.all([db.cardPages.clear(), restartWrites(db)]);
	await db.cardPages.bulkPut(encodeMirror(rows));
}

/**
 * Brings the pages up to date in a transaction of their own: from `read` when no card was written
 * since it was taken, else from a new read. A refresh that fails, as on a full disk, changes nothing:
 * the pages stay behind and readers keep taking the listed cards from their rows.
 */
export async function refreshCardMirror(db: AppDatabase, read?: CardsRead): Promise<void> {
	await db
		.transaction('rw', cardTables(db), async () => {
			const unchanged = read !== undefined && (await lastWrite(db)) === read.token;
			await writeCardMirror(db, unchanged ? read.rows : (await readCards(db)).rows);
		})
		.catch(() => undefined);
}
