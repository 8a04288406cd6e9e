import { beforeEach, describe, expect, it } from 'vitest';
import { aFreshDatabase } from '../../../tests/factories/database';
import { MANY_CARDS } from './card-change-tracking';
import {
	decodeColumns,
	decodePage,
	encodeColumns,
	encodePage,
	PAGE_CARDS,
	readCards,
	refreshCardMirror
} from './card-mirror';
import { freshCardRow } from './card-repository';
import type { AppDatabase, CardRow } from './db';

const T0 = Date.UTC(2026, 0, 5, 9, 0);
let db: AppDatabase;

beforeEach(() => {
	db = aFreshDatabase();
});

function card(n: number, extra: Partial<CardRow> = {}): CardRow {
	return { ...freshCardRow(`w${String(n).padStart(5, '0')}:recall`, T0 + n), ...extra };
}

/** What a reader of every card must get: the rows themselves. */
async function expectMirrorEqualsRows(): Promise<void> {
	const { rows } = await readCards(db);
	expect(rows).toEqual(await db.cards.toArray());
}

describe('card pages', () => {
	it('give back every field of a card, including the optional ones and odd numbers', () => {
		const rows = [
			card(1),
			card(2, { last_review: T0, forgottenAt: T0 - 5, position: -3, stability: -0, difficulty: NaN }),
			card(3, { due: Infinity, suspended: 1, buriedUntil: T0 + 1 })
		];
		expect(decodePage(encodePage(0, rows))).toEqual(rows);
		expect(Object.is(decodePage(encodePage(0, rows))?.[1]?.stability, -0)).toBe(true);
	});

	it('give back the rows of a list of ids from columns without their text, absent cards as undefined', () => {
		const ids = ['w00001:recall', 'w00002:recall', 'w00003:recall', 'w00004:recall', 'w00005:recall'];
		const rows = [
			card(1, { last_review: T0, position: 2 }),
			undefined,
			card(3, { due: Infinity, stability: -0 }),
			{ ...card(4), note: 'extra' } as CardRow,
			card(9)
		];
		const columns = encodeColumns(ids, rows);
		expect(columns.odd).toHaveLength(2);
		expect(decodeColumns(ids, columns)).toEqual(rows);
		expect(decodeColumns(ids.slice(1), columns)).toBeNull();
		expect(decodeColumns(ids, { ...columns, templateLength: new Uint8Array([1, 0, 9, 0, 0]) })).toBeNull();
		expect(decodeColumns(ids, { ...columns, odd: columns.odd.slice(1) })).toBeNull();
	});

	it('keep a row they cannot hold as it is: unknown fields, strings for numbers, ids that disagree', () => {
		const hostile = [
			{ ...card(1), note: 'extra' },
			{ ...card(2), due: '2026-01-01' as unknown as number },
			{ ...card(3), itemId: 'other' },
			{ ...card(4), reps: undefined as unknown as number }
		];
		const decoded = decodePage(encodePage(0, hostile));
		expect(decoded).toEqual(hostile);
		expect(decoded?.[1]?.due).toBe('2026-01-01');
	});

	it('are refused when they do not hold together', () => {
		const page = encodePage(0, [card(1), card(2)]);
		expect(decodePage({ ...page, templates: ['recall'] })).toBeNull();
		expect(decodePage({ ...page, numbers: new Float64Array(3) })).toBeNull();
		expect(decodePage({ ...page, present: new Uint8Array([0x80, 0]) })).toBeNull();
		expect(decodePage({ ...page, ids: [7, 'w00002:recall'] as unknown as string[] })).toBeNull();
	});
});

describe('the card mirror', () => {
	it('reads every card before any page is written, and says the pages are missing', async () => {
		await db.cards.bulkPut([card(2), card(1)]);
		const read = await readCards(db);
		expect(read.stale).toBe(true);
		expect(read.rows.map((r) => r.id)).toEqual(['w00001:recall', 'w00002:recall']);
	});

	it('follows every kind of card write made after the pages: put, update, modify, delete, clear', async () => {
		await db.cards.bulkPut(Array.from({ length: 30 }, (_, i) => card(i)));
		await refreshCardMirror(db);
		expect((await readCards(db)).stale).toBe(false);

		await db.cards.put(card(40, { reps: 3 }));
		await db.cards.update('w00002:recall', { suspended: 1 });
		await db.cards.where('itemId').equals('w00003').modify({ lapses: 7 });
		await db.cards.delete('w00004:recall');
		await db.cards.bulkDelete(['w00005:recall', 'w00006:recall']);
		await db.cards.where('id').between('w00010', 'w00012').delete();
		await db.transaction('rw', db.cards, async () => {
			await db.cards.put(card(0, { due: T0 + 99 }));
			await db.cards.add(card(41));
		});
		await expectMirrorEqualsRows();
		expect((await readCards(db)).rows).toHaveLength(30 + 2 - 1 - 2 - 2);

		await db.cards.clear();
		await expectMirrorEqualsRows();
		expect((await readCards(db)).rows).toEqual([]);
	});

	it('marks every card changed for a write of many cards, and reads the rows until the pages are rewritten', async () => {
		await db.cards.put(card(1));
		await refreshCardMirror(db);
		await db.cards.bulkPut(Array.from({ length: MANY_CARDS + 1 }, (_, i) => card(i + 10)));
		expect((await db.cardWrites.toArray()).at(-1)).toEqual(expect.objectContaining({ all: true }));
		const read = await readCards(db);
		expect(read.stale).toBe(true);
		expect(read.rows).toHaveLength(MANY_CARDS + 2);
		await refreshCardMirror(db, read);
		expect(await db.cardWrites.toArray()).toEqual([expect.objectContaining({ ids: [], restart: true })]);
		expect(await db.cardPages.count()).toBe(1 + Math.ceil((MANY_CARDS + 2) / PAGE_CARDS));
		await expectMirrorEqualsRows();
	});

	it('does not write pages from a read that a later card write has overtaken', async () => {
		await db.cards.bulkPut([card(1), card(2)]);
		const read = await readCards(db);
		await db.cards.put(card(3));
		await refreshCardMirror(db, read);
		expect((await readCards(db)).rows.map((r) => r.id)).toContain('w00003:recall');
		await expectMirrorEqualsRows();
	});

	it('keeps a stored hostile row through the pages exactly', async () => {
		const odd = { ...card(7), due: 'soon', extra: [1, 2] } as unknown as CardRow;
		await db.cards.bulkPut([card(1), odd]);
		await refreshCardMirror(db);
		const rows = (await readCards(db)).rows;
		expect(rows[1]).toEqual(odd);
	});

	it('reads the rows when a page was damaged', async () => {
		await db.cards.bulkPut([card(1), card(2)]);
		await refreshCardMirror(db);
		await db.cardPages.update(0, { ids: ['only-one'] });
		const read = await readCards(db);
		expect(read.stale).toBe(true);
		expect(read.rows).toEqual(await db.cards.toArray());
	});
});
