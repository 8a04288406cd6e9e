import { beforeEach, describe, expect, it } from 'vitest';
import { aFreshDatabase, upgradedFrom } from '../../../tests/factories/database';
import { MANY_CARDS, mergeOldWrites } from './card-change-tracking';
import { encodeMirror, readCards, refreshCardMirror } from './card-mirror';
import { freshCardRow } from './card-repository';
import type { AppDatabase, CardRow } from './db';
import {
	deckKey,
	readDeckRows,
	RETAKE_AT,
	saveDeckSnapshot,
	SNAPSHOTS_KEPT,
	type DeckRowsRead
} from './deck-snapshots';
import { sessionStartRows } from './review-repository';

const T0 = Date.UTC(2026, 0, 5, 9, 0);
let db: AppDatabase;

beforeEach(() => {
	db = aFreshDatabase();
});

const id = (n: number) => `w${String(n).padStart(4, '0')}:recall`;
const card = (n: number, extra: Partial<CardRow> = {}): CardRow => ({
	...freshCardRow(id(n), T0 + n),
	...extra
});
/** A deck of 40 cards, of which the even ones are stored. */
const deck = Array.from({ length: 40 }, (_, i) => id(i));

async function storeDeck(): Promise<void> {
	await db.cards.bulkPut(deck.flatMap((_, i) => (i % 2 === 0 ? [card(i)] : [])));
}

/** Reads the deck and keeps the snapshot, as a session start does. */
async function readAndKeep(ids: readonly string[] = deck): Promise<DeckRowsRead> {
	const read = await readDeckRows(db, ids);
	if (read.retake) await saveDeckSnapshot(db, ids, read, T0);
	return read;
}

/** What every read must give: each card's stored row, or undefined. */
async function expectRowsOfTable(ids: readonly string[] = deck): Promise<DeckRowsRead> {
	const read = await readDeckRows(db, ids);
	expect(read.rows).toEqual(await db.cards.bulkGet([...ids]));
	return read;
}

describe('deck snapshots', () => {
	it('give back the same rows as the table, the cards never studied as undefined, once taken', async () => {
		await storeDeck();
		const first = await readAndKeep();
		expect(first.retake).toBe(true);
		expect(await db.deckSnapshots.count()).toBe(1);
		const second = await expectRowsOfTable();
		expect(second.retake).toBe(false);
		expect(second.rows.filter((r) => r === undefined)).toHaveLength(20);
	});

	it('see every card written after they were taken: answered, added, deleted, suspended', async () => {
		await storeDeck();
		await readAndKeep();
		await db.cards.put(card(0, { reps: 4, state: 2, due: T0 + 9e8 }));
		await db.cards.put(card(1));
		await db.cards.delete(id(2));
		await db.cards.update(id(4), { suspended: 1 });
		await db.cards
			.where('id')
			.equals(id(6))
			.modify({ buriedUntil: T0 + 1 });
		const read = await expectRowsOfTable();
		expect(read.rows[0]?.reps).toBe(4);
		expect(read.rows[1]).toBeDefined();
		expect(read.rows[2]).toBeUndefined();
		expect(read.rows[4]?.suspended).toBe(1);
		expect(read.rows[6]?.buriedUntil).toBe(T0 + 1);
		expect(read.retake).toBe(false);
	});

	it('see a card written again after they were taken, though it was already listed as written', async () => {
		await storeDeck();
		await db.cards.put(card(0, { reps: 1 }));
		await readAndKeep();
		await db.cards.put(card(0, { reps: 2 }));
		expect((await expectRowsOfTable()).rows[0]?.reps).toBe(2);
		await db.cards.bulkPut(deck.map((_, i) => card(i, { reps: 3 })));
		await readAndKeep();
		expect((await expectRowsOfTable()).rows.every((row) => row?.reps === 3)).toBe(true);
		await db.cards.update(id(39), { reps: 4 });
		expect((await expectRowsOfTable()).rows[39]?.reps).toBe(4);
		// A deck card written before many writes of other cards: further back than the writes read first.
		await db.cards.update(id(5), { reps: 5 });
		for (let n = 100; n < 180; n++) await db.cards.put(card(n));
		expect((await expectRowsOfTable()).rows[5]?.reps).toBe(5);
	});

	it('are taken again once many of the deck’s cards were written since', async () => {
		await storeDeck();
		await readAndKeep();
		const many = Array.from({ length: RETAKE_AT + 1 }, (_, i) => card(i, { reps: 7 }));
		await db.cards.bulkPut(many);
		const read = await readAndKeep();
		expect(read.retake).toBe(true);
		const after = await expectRowsOfTable();
		expect(after.retake).toBe(false);
		expect(after.rows[RETAKE_AT]?.reps).toBe(7);
	});

	it('are not used after a write that names no cards, or after the card pages are rewritten', async () => {
		await storeDeck();
		await readAndKeep();
		await db.cards.where('id').startsWith('w000').delete();
		const read = await expectRowsOfTable();
		expect(read.retake).toBe(true);
		expect(read.rows.slice(0, 10).every((row) => row === undefined)).toBe(true);
		// Taken again after that write, the snapshot is good for the writes that follow it.
		await saveDeckSnapshot(db, deck, read, T0);
		await db.cards.put(card(3));
		const after = await expectRowsOfTable();
		expect(after.retake).toBe(false);
		expect(after.rows[3]).toBeDefined();

		// A card written, then the pages rewritten, which forgets that write: the snapshot must not hide it.
		await db.cards.put(card(8, { reps: 8 }));
		await refreshCardMirror(db);
		const rewritten = await expectRowsOfTable();
		expect(rewritten.retake).toBe(true);
		expect(rewritten.rows[8]?.reps).toBe(8);
		await readAndKeep();
		expect((await expectRowsOfTable()).retake).toBe(false);
	});

	it('are not used after a write of many cards, which lists them all as changed', async () => {
		await storeDeck();
		await readAndKeep();
		await db.cards.bulkPut(Array.from({ length: MANY_CARDS + 1 }, (_, i) => card(i, { lapses: 3 })));
		const read = await expectRowsOfTable();
		expect(read.retake).toBe(true);
		expect(read.rows[39]?.lapses).toBe(3);
	});

	it('are not kept when a card was written between the read and the write of the snapshot', async () => {
		await storeDeck();
		const read = await readDeckRows(db, deck);
		await db.cards.put(card(0, { reps: 9 }));
		await saveDeckSnapshot(db, deck, read, T0);
		expect(await db.deckSnapshots.count()).toBe(0);
		const pagesRewritten = await readDeckRows(db, deck);
		await refreshCardMirror(db);
		await saveDeckSnapshot(db, deck, pagesRewritten, T0);
		expect(await db.deckSnapshots.count()).toBe(0);
		await readAndKeep();
		expect((await expectRowsOfTable()).rows[0]?.reps).toBe(9);
	});

	it('belong to their own list of cards: another order, another deck or a colliding key reads the rows', async () => {
		await storeDeck();
		await readAndKeep();
		const reversed = [...deck].reverse();
		expect((await expectRowsOfTable(reversed)).retake).toBe(true);
		// A stored snapshot under the key of another deck, as a hash collision would leave it.
		const other = deck.slice(0, 10);
		const stored = await db.deckSnapshots.get(deckKey(deck));
		await db.deckSnapshots.put({ ...stored!, key: deckKey(other) });
		expect((await expectRowsOfTable(other)).retake).toBe(true);
	});

	it('survive a damaged stored snapshot: the rows are read, and a good one is taken again', async () => {
		await storeDeck();
		await readAndKeep();
		const key = deckKey(deck);
		const stored = await db.deckSnapshots.get(key);
		const { columns } = stored!;
		const damaged = [
			null,
			'text',
			{ ...columns, numbers: [1, 2] },
			{ ...columns, present: new Uint8Array(3) },
			{ ...columns, templateLength: columns.templateLength.map((n) => n + 1) },
			{ ...columns, odd: [card(0)] }
		];
		for (const bad of damaged) {
			await db.deckSnapshots.put({ ...stored!, columns: bad as never });
			expect((await expectRowsOfTable()).retake).toBe(true);
		}
		for (const ids of [
			deck as never,
			JSON.stringify(deck.slice(1)),
			7 as never,
			{ ...stored!, seq: '1' }.seq
		]) {
			await db.deckSnapshots.put({ ...stored!, ids });
			expect((await expectRowsOfTable()).retake).toBe(true);
		}
		for (const seq of [String(stored!.seq) as never, NaN, stored!.seq + 1000, -1]) {
			await db.deckSnapshots.put({ ...stored!, seq });
			expect((await expectRowsOfTable()).retake).toBe(true);
		}
		await readAndKeep();
		expect((await expectRowsOfTable()).retake).toBe(false);
	});

	it(`keep only the ${SNAPSHOTS_KEPT} decks opened last`, async () => {
		await storeDeck();
		for (let n = 1; n <= SNAPSHOTS_KEPT + 3; n++) {
			const ids = deck.slice(0, n);
			const read = await readDeckRows(db, ids);
			await saveDeckSnapshot(db, ids, read, T0 + n);
		}
		expect(await db.deckSnapshots.count()).toBe(SNAPSHOTS_KEPT);
		expect(await db.deckSnapshots.get(deckKey(deck.slice(0, 1)))).toBeUndefined();
		expect(await db.deckSnapshots.get(deckKey(deck.slice(0, SNAPSHOTS_KEPT + 3)))).toBeDefined();
	});

	it('give a session start the same rows before and after the snapshot is taken', async () => {
		await storeDeck();
		const cold = await sessionStartRows(deck, T0, T0 + 864e5);
		await expect.poll(() => db.deckSnapshots.count()).toBe(1);
		const warm = await sessionStartRows(deck, T0, T0 + 864e5);
		expect(warm).toEqual(cold);
		expect(warm.rows).toEqual(await db.cards.bulkGet([...deck]));
	});

	it('come with version 12, whose upgrade has the card pages of version 11 read again from the rows', async () => {
		const upgraded = await upgradedFrom(11, async (older) => {
			await older.table('cards').bulkPut([card(1), card(2)]);
			// Pages as version 11 kept them, behind the rows by one card its change list named.
			await older.table('cardPages').bulkPut(encodeMirror([card(1)]));
		});
		expect(await upgraded.cardWrites.toArray()).toEqual([expect.objectContaining({ all: true })]);
		const cards = await readCards(upgraded);
		expect(cards.rows).toEqual([card(1), card(2)]);
		expect(cards.stale).toBe(true);
		const read = await readDeckRows(upgraded, [id(2), id(3)]);
		await saveDeckSnapshot(upgraded, [id(2), id(3)], read, T0);
		await upgraded.cards.put(card(3));
		expect((await readDeckRows(upgraded, [id(2), id(3)])).rows).toEqual([card(2), card(3)]);
		upgraded.close();
	});

	it('stay right when old writes are merged to keep the record short, as do the card pages', async () => {
		await storeDeck();
		await refreshCardMirror(db);
		await readAndKeep();
		for (let n = 0; n < 12; n++) await db.cards.put(card(n, { reps: n + 1 }));
		const before = await db.cardWrites.count();
		expect(await mergeOldWrites(db, 10)).toBe(before - 5);
		expect(await db.cardWrites.count()).toBe(6);
		expect((await expectRowsOfTable()).rows[0]?.reps).toBe(1);
		const cards = await readCards(db);
		expect(cards.rows).toEqual(await db.cards.toArray());
		// A snapshot taken after the merge reads on from it.
		await readAndKeep();
		await db.cards.put(card(11, { reps: 40 }));
		expect(await mergeOldWrites(db, 4)).toBeGreaterThan(0);
		const read = await expectRowsOfTable();
		expect(read.rows[11]?.reps).toBe(40);
		expect(await mergeOldWrites(db, 100)).toBe(0);
	});
});
