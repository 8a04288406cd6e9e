/**
 * The review log lives in two tables: the latest answers as rows (indexed, for today's counts and
 * undo) and older answers packed into blocks of typed columns, which read whole in milliseconds
 * where a million rows take seconds. Whatever needs the whole log reads it through readReviewLog.
 */
import Dexie from 'dexie';
import type { ReviewLogColumns } from '$lib/domain/scheduling/replay';
import type { CardState, Grade } from '$lib/domain/scheduling/types';
import { appendBlocks, chunkLog, copyAnswer, emptyColumns, historyBucket } from './card-history';
import {
	ANSWER_SOURCES,
	blockStatsOf,
	database,
	type AppDatabase,
	type BlockStatsRow,
	type CardHistoryRow,
	type HistoryChunkRow,
	type LogCardsRow,
	type ReviewBlockRow,
	type ReviewRow,
	type StoredBlockRow
} from './db';

/** The open database's name, for a worker that opens its own connection to read the log. */
export const reviewLogDatabaseName = (): string => database().name;

/** The tables one card's answers are read from: the latest rows and the packed histories. */
export function historyTables(db: AppDatabase) {
	return [db.reviews, db.cardHistories, db.historyChunks];
}

/** The tables readReviewLog reads. */
export function logReadTables(db: AppDatabase) {
	return [db.reviews, db.reviewBlocks, db.logCards];
}

/** Every table of the review log: rows, blocks, and the histories kept beside the blocks. */
export function logTables(db: AppDatabase) {
	return [db.reviews, db.reviewBlocks, db.blockStats, db.logCards, db.cardHistories, db.historyChunks];
}

/** Answers per block. */
export const BLOCK_SIZE = 2000;
/** Answers from the last this many days stay rows. */
export const KEEP_ROWS_DAYS = 7;
const DAY = 86_400_000;

/** The whole log as columns, in log order (blocks first, then rows). */
export interface ReviewLog extends ReviewLogColumns {
	id: Float64Array;
	source: Uint8Array;
	durationMs: Float64Array;
	stateBefore: Uint8Array;
	scheduledDays: Float64Array;
}

const SOURCE_INDEX = new Map<string, number>(ANSWER_SOURCES.map((s, i) => [s, i]));

/** Empty columns for `size` answers. */
export function emptyLog(size: number, cardIds: string[] = []): ReviewLog {
	return {
		cardIds,
		card: new Uint32Array(size),
		id: new Float64Array(size),
		grade: new Uint8Array(size),
		reviewedAt: new Float64Array(size),
		source: new Uint8Array(size),
		durationMs: new Float64Array(size),
		stateBefore: new Uint8Array(size),
		scheduledDays: new Float64Array(size)
	};
}

/** Numbers card ids in order of first appearance, adding each new one to `cardIds`. */
function cardNumbering(cardIds: string[]): (id: string) => number {
	const index = new Map<string, number>(cardIds.map((id, c) => [id, c]));
	return (id) => {
		let c = index.get(id);
		if (c === undefined) {
			c = cardIds.length;
			index.set(id, c);
			cardIds.push(id);
		}
		return c;
	};
}

/** The columns every reader copies from blocks and rows; card ids are numbered only by readReviewLog. */
type CopiedColumn = 'id' | 'grade' | 'reviewedAt' | 'source' | 'durationMs' | 'stateBefore' | 'scheduledDays';

/** Writes one row into the columns at `at`, all but its card. */
function putRow(log: Pick<ReviewLog, CopiedColumn>, at: number, row: ReviewRow): void {
	log.id[at] = row.id ?? 0;
	log.grade[at] = row.grade;
	log.reviewedAt[at] = row.reviewedAt;
	log.source[at] = SOURCE_INDEX.get(row.source) ?? 0;
	log.durationMs[at] = row.durationMs;
	log.stateBefore[at] = row.stateBefore;
	log.scheduledDays[at] = row.scheduledDays;
}

/** Builds columns from rows, numbering cards in order of first appearance. */
export function logFromRows(rows: readonly ReviewRow[]): ReviewLog {
	const log = emptyLog(rows.length);
	const cardIndex = cardNumbering(log.cardIds as string[]);
	rows.forEach((row, i) => {
		log.card[i] = cardIndex(row.cardId);
		putRow(log, i, row);
	});
	return log;
}

/** Answer i of a log as a row. */
function rowAt(log: ReviewLog, i: number): ReviewRow {
	return {
		id: log.id[i]!,
		cardId: log.cardIds[log.card[i]!]!,
		grade: log.grade[i] as Grade,
		reviewedAt: log.reviewedAt[i]!,
		source: ANSWER_SOURCES[log.source[i]!] ?? 'review',
		durationMs: log.durationMs[i]!,
		stateBefore: log.stateBefore[i] as CardState,
		scheduledDays: log.scheduledDays[i]!
	};
}

/** Packs the answers at positions `at` of `log` (at most BLOCK_SIZE) into one block, numbering cards within it. */
function packAnswers(log: ReviewLog, at: ArrayLike<number>): ReviewBlockRow {
	const size = at.length;
	const columns = emptyColumns(size);
	const card = new Uint32Array(size);
	const local = new Map<number, number>();
	const cardIds: string[] = [];
	let lastAt = -Infinity;
	let firstAt = Infinity;
	for (let k = 0; k < size; k++) {
		const i = at[k]!;
		const global = log.card[i]!;
		let c = local.get(global);
		if (c === undefined) {
			c = cardIds.length;
			local.set(global, c);
			cardIds.push(log.cardIds[global]!);
		}
		card[k] = c;
		copyAnswer(columns, k, log, i);
		lastAt = Math.max(lastAt, log.reviewedAt[i]!);
		firstAt = Math.min(firstAt, log.reviewedAt[i]!);
	}
	return { ...columns, card, cardIds, lastAt, firstAt, size };
}

/** Packs rows (at most BLOCK_SIZE) into one block. */
export function packBlock(rows: readonly ReviewRow[]): ReviewBlockRow {
	return packAnswers(
		logFromRows(rows),
		Array.from(rows, (_, i) => i)
	);
}

/** A block as the table stores it. */
export function storedBlock(block: ReviewBlockRow): StoredBlockRow {
	const { cardIds, ...rest } = block;
	return { ...rest, cardIdsJson: JSON.stringify(cardIds) };
}

/** A stored block's card ids. */
function storedCardIds(block: StoredBlockRow): string[] {
	return JSON.parse(block.cardIdsJson) as string[];
}

/** A stored block with its card ids read back. */
function blockFromStore(block: StoredBlockRow): ReviewBlockRow {
	const { cardIdsJson: _json, ...rest } = block;
	return { ...rest, cardIds: storedCardIds(block) };
}

/** A block's columns as a log of its own, its cards numbered within the block. */
function blockLog(block: ReviewBlockRow): ReviewLog {
	const { ids, lastAt: _lastAt, firstAt: _firstAt, size: _size, ...columns } = block;
	return { ...columns, id: ids, cardIds: block.cardIds };
}

/** The answers of a block as rows, in log order. */
export function unpackBlock(block: ReviewBlockRow): ReviewRow[] {
	const log = blockLog(block);
	return Array.from(block.ids, (_, i) => rowAt(log, i));
}

/** Copies the blocks' columns, then the rows', into `log` in log order; `card` numbers a block's or row's cards. */
function copyColumns(
	log: Pick<ReviewLog, CopiedColumn>,
	blocks: readonly StoredBlockRow[],
	rows: readonly ReviewRow[],
	card?: { block(block: StoredBlockRow, at: number): void; row(row: ReviewRow, at: number): void }
): void {
	let at = 0;
	for (const block of blocks) {
		card?.block(block, at);
		log.id.set(block.ids, at);
		log.grade.set(block.grade, at);
		log.reviewedAt.set(block.reviewedAt, at);
		log.source.set(block.source, at);
		log.durationMs.set(block.durationMs, at);
		log.stateBefore.set(block.stateBefore, at);
		log.scheduledDays.set(block.scheduledDays, at);
		at += block.ids.length;
	}
	for (const row of rows) {
		card?.row(row, at);
		putRow(log, at++, row);
	}
}

/**
 * A new block numbered into the log's card list, which grows by its new cards; as it is when the
 * list does not cover every stored block. Call it inside a transaction over reviewBlocks and logCards.
 */
async function withLogCards(db: AppDatabase, block: StoredBlockRow): Promise<StoredBlockRow> {
	const [list, blocks] = await Promise.all([db.logCards.get(0), db.reviewBlocks.count()]);
	// The first block starts the list; a list that does not cover every block is not extended.
	const cardIds = !list && blocks === 0 ? [] : list?.blocks === blocks ? listedCards(list) : null;
	if (!cardIds) return block;
	const cardIndex = cardNumbering(cardIds);
	const global = storedCardIds(block).map(cardIndex);
	await db.logCards.put({ id: 0, cardIdsJson: JSON.stringify(cardIds), blocks: blocks + 1 });
	return { ...block, logCard: Uint32Array.from(block.card, (local) => global[local]!) };
}

/** The card list's ids, or null when it is not a list of distinct strings. */
function listedCards(list: LogCardsRow): string[] | null {
	try {
		const ids: unknown = JSON.parse(list.cardIdsJson);
		if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) return null;
		return new Set(ids).size === ids.length ? ids : null;
	} catch {
		return null;
	}
}

/** The log's card list when it numbers every block's answers soundly; null to number them while reading. */
async function blockCardList(db: AppDatabase, blocks: readonly StoredBlockRow[]): Promise<string[] | null> {
	// A caller's transaction that does not cover the list reads the log as before.
	if (!Dexie.currentTransaction?.storeNames.includes('logCards')) return null;
	const list = await db.logCards.get(0);
	if (list?.blocks !== blocks.length) return null;
	const cardIds = listedCards(list);
	if (!cardIds) return null;
	for (const block of blocks) {
		const { logCard, ids } = block;
		if (!(logCard instanceof Uint32Array) || logCard.length !== ids.length) return null;
		for (let i = 0; i < logCard.length; i++) if (logCard[i]! >= cardIds.length) return null;
	}
	return cardIds;
}

/** Reads the whole log as columns; call it inside a transaction over reviews, reviewBlocks and logCards. */
export async function readReviewLog(db: AppDatabase = database()): Promise<ReviewLog> {
	const [blocks, rows] = await Promise.all([db.reviewBlocks.toArray(), db.reviews.toArray()]);
	const log = emptyLog(blocks.reduce((n, b) => n + b.ids.length, 0) + rows.length);
	const listed = await blockCardList(db, blocks);
	if (listed) {
		for (const id of listed) (log.cardIds as string[]).push(id);
		const cardIndex = cardNumbering(log.cardIds as string[]);
		copyColumns(log, blocks, rows, {
			block: (block, at) => log.card.set(block.logCard!, at),
			row: (row, at) => (log.card[at] = cardIndex(row.cardId))
		});
		return log;
	}
	const cardIndex = cardNumbering(log.cardIds as string[]);
	copyColumns(log, blocks, rows, {
		block(block, at) {
			const global = storedCardIds(block).map(cardIndex);
			for (let i = 0; i < block.card.length; i++) log.card[at + i] = global[block.card[i]!]!;
		},
		row: (row, at) => (log.card[at] = cardIndex(row.cardId))
	});
	return log;
}

/**
 * The whole log without its card ids, which the stats never need: numbering a million answers'
 * cards costs as much as reading them. Call it inside a transaction over reviews and reviewBlocks.
 */
export async function readAnswerColumns(db: AppDatabase): Promise<Omit<ReviewLog, 'cardIds' | 'card'>> {
	const [blocks, rows] = await Promise.all([db.reviewBlocks.toArray(), db.reviews.toArray()]);
	const size = blocks.reduce((n, b) => n + b.ids.length, 0) + rows.length;
	const { cardIds: _ids, card: _card, ...columns } = emptyLog(size);
	copyColumns(columns, blocks, rows);
	return columns;
}

/** The columns the stats read: when, which grade, and the card's state before. */
export type StatsColumns = Pick<ReviewLog, 'reviewedAt' | 'grade' | 'stateBefore'>;

function soundStats(row: BlockStatsRow | undefined, id: number): row is BlockStatsRow {
	if (row?.id !== id) return false;
	const { reviewedAt, grade, stateBefore } = row;
	return (
		reviewedAt instanceof Float64Array &&
		grade instanceof Uint8Array &&
		stateBefore instanceof Uint8Array &&
		grade.length === reviewedAt.length &&
		stateBefore.length === reviewedAt.length
	);
}

/**
 * The stats' columns of the whole log, from the blocks' stats columns where every block has sound
 * ones, else from the blocks; call it inside a transaction over reviews, reviewBlocks and blockStats.
 */
export async function readStatsColumns(db: AppDatabase): Promise<StatsColumns> {
	const [blockIds, stats, rows] = await Promise.all([
		db.reviewBlocks.toCollection().primaryKeys(),
		db.blockStats.toArray(),
		db.reviews.toArray()
	]);
	if (stats.length !== blockIds.length || !stats.every((s, i) => soundStats(s, blockIds[i] ?? 0)))
		return readAnswerColumns(db);
	const size = stats.reduce((n, s) => n + s.reviewedAt.length, 0) + rows.length;
	const columns = {
		reviewedAt: new Float64Array(size),
		grade: new Uint8Array(size),
		stateBefore: new Uint8Array(size)
	};
	let at = 0;
	for (const s of stats) {
		columns.reviewedAt.set(s.reviewedAt, at);
		columns.grade.set(s.grade, at);
		columns.stateBefore.set(s.stateBefore, at);
		at += s.reviewedAt.length;
	}
	for (const row of rows) {
		columns.reviewedAt[at] = row.reviewedAt;
		columns.grade[at] = row.grade;
		columns.stateBefore[at++] = row.stateBefore;
	}
	return columns;
}

/** Enough to tell whether the log changed between two reads: answers are only ever added, undone or packed. */
export interface LogStamp {
	rows: number;
	lastRow: number;
	blocks: number;
	lastBlock: number;
}

/** The log's stamp; call it inside a transaction over reviews and reviewBlocks. */
export async function logStamp(db: AppDatabase): Promise<LogStamp> {
	const last = (table: AppDatabase['reviews'] | AppDatabase['reviewBlocks']) =>
		table.toCollection().reverse().limit(1).primaryKeys();
	const [rows, lastRow, blocks, lastBlock] = await Promise.all([
		db.reviews.count(),
		last(db.reviews),
		db.reviewBlocks.count(),
		last(db.reviewBlocks)
	]);
	return { rows, lastRow: lastRow[0] ?? 0, blocks, lastBlock: lastBlock[0] ?? 0 };
}

/** True when two stamps are of the same log: ids only grow, so an answer added and another undone still differ. */
export function sameStamp(a: LogStamp, b: LogStamp): boolean {
	return a.rows === b.rows && a.lastRow === b.lastRow && a.blocks === b.blocks && a.lastBlock === b.lastBlock;
}

/** Adds the answers of new blocks to their cards' histories, inside the caller's transaction. */
async function appendToHistories(db: AppDatabase, blocks: readonly ReviewBlockRow[]): Promise<void> {
	const ids = [...new Set(blocks.flatMap((b) => b.cardIds))];
	const existing = await db.cardHistories.bulkGet(ids);
	const known = new Map(existing.flatMap((h) => (h ? [[h.cardId, h] as const] : [])));
	await db.cardHistories.bulkPut(appendBlocks(known, blocks));
}

/** A whole log cut for storing in empty tables. */
export interface PackedLog {
	blocks: StoredBlockRow[];
	/** the blocks' answers again, by card */
	chunks: HistoryChunkRow[];
	/** the latest answers, kept as rows */
	recent: ReviewRow[];
	/** the blocks' cards, as their `logCard` numbers them */
	cards: LogCardsRow;
	/** a row holding the log's highest id, written and deleted so later answers get higher ids; null when none is needed */
	counter: ReviewRow | null;
}

/**
 * Cuts a whole log for storing: answers before `keepRowsFrom` (epoch ms) packed into blocks and
 * history chunks, later ones as rows. Only computing, so a restore does it before its transaction.
 */
export function packReviewLog(log: ReviewLog, keepRowsFrom: number): PackedLog {
	const old = new Uint32Array(log.card.length);
	let packed = 0;
	const recent: ReviewRow[] = [];
	let maxId = 0;
	// Packed straight from the columns: a million answers never become a million row objects.
	for (let i = 0; i < log.card.length; i++) {
		maxId = Math.max(maxId, log.id[i]!);
		if (log.reviewedAt[i]! >= keepRowsFrom) recent.push(rowAt(log, i));
		else old[packed++] = i;
	}
	const positions = old.subarray(0, packed);
	const blocks: StoredBlockRow[] = [];
	// The blocks' cards numbered over all of them in order of first answer, as reading the log would.
	const number = new Int32Array(log.cardIds.length).fill(-1);
	const list: string[] = [];
	const logCard = (i: number) => {
		const c = log.card[i]!;
		if (number[c]! < 0) number[c] = list.push(log.cardIds[c]!) - 1;
		return number[c]!;
	};
	for (let from = 0; from < packed; from += BLOCK_SIZE) {
		const at = positions.subarray(from, from + BLOCK_SIZE);
		blocks.push({ ...storedBlock(packAnswers(log, at)), logCard: Uint32Array.from(at, logCard) });
	}
	// New answers must get ids above every packed one: an explicit key moves the table's counter past it.
	const needsCounter = maxId > 0 && recent.every((r) => (r.id ?? 0) < maxId);
	return {
		blocks,
		// A few thousand chunks rather than a row per card, which costs seconds at tens of thousands of cards.
		chunks: chunkLog(log, positions),
		recent,
		cards: { id: 0, cardIdsJson: JSON.stringify(list), blocks: blocks.length },
		counter: needsCounter ? { ...rowAt(log, 0), id: maxId } : null
	};
}

/** Writes a packed log into empty tables, inside the caller's transaction over logTables. */
export async function writePackedLog(db: AppDatabase, log: PackedLog): Promise<void> {
	await Promise.all([
		db.reviewBlocks
			.bulkAdd(log.blocks, { allKeys: true })
			.then((ids) => db.blockStats.bulkAdd(log.blocks.map((b, i) => blockStatsOf({ ...b, id: ids[i] })))),
		db.historyChunks.bulkAdd(log.chunks),
		db.reviews.bulkAdd(log.recent),
		log.blocks.length > 0 ? db.logCards.put(log.cards) : undefined
	]);
	if (log.counter) {
		await db.reviews.add(log.counter);
		await db.reviews.delete(log.counter.id);
	}
}

/**
 * Writes a whole log into empty tables, inside the caller's transaction over logTables: answers
 * before `keepRowsFrom` (epoch ms) as blocks, later ones as rows.
 */
export function writeReviewLog(db: AppDatabase, log: ReviewLog, keepRowsFrom: number): Promise<void> {
	return writePackedLog(db, packReviewLog(log, keepRowsFrom));
}

/** Packs full blocks of answers older than KEEP_ROWS_DAYS, one block per transaction; returns answers packed. */
export async function compactReviewLog(now: number): Promise<number> {
	const db = database();
	const cutoff = now - KEEP_ROWS_DAYS * DAY;
	let packed = 0;
	for (;;) {
		const tables = [db.reviews, db.reviewBlocks, db.blockStats, db.logCards, db.cardHistories];
		const moved = await db.transaction('rw', tables, async () => {
			const rows = await db.reviews.where('reviewedAt').below(cutoff).limit(BLOCK_SIZE).toArray();
			if (rows.length < BLOCK_SIZE) return 0;
			const block = packBlock(rows);
			const id = await db.reviewBlocks.add(await withLogCards(db, storedBlock(block)));
			await db.blockStats.add(blockStatsOf({ ...block, id }));
			await appendToHistories(db, [block]);
			await db.reviews.bulkDelete(rows.map((r) => r.id ?? 0));
			return rows.length;
		});
		if (moved === 0) return packed;
		packed += moved;
	}
}

/** Answers given at or after `since` (epoch ms), from rows and any block that reaches that far. */
export async function answersSince(since: number): Promise<ReviewRow[]> {
	const db = database();
	return db.transaction('r', db.reviews, db.reviewBlocks, () => answersSinceIn(db, since));
}

/** As answersSince, inside the caller's transaction over `reviews` and `reviewBlocks`, opening none of its own. */
export async function answersSinceIn(db: AppDatabase, since: number): Promise<ReviewRow[]> {
	const [blocks, rows] = await Promise.all([
		db.reviewBlocks.where('lastAt').aboveOrEqual(since).toArray(),
		db.reviews.where('reviewedAt').aboveOrEqual(since).toArray()
	]);
	if (blocks.length === 0) return rows;
	const packed = blocks.flatMap((b) => unpackBlock(blockFromStore(b))).filter((r) => r.reviewedAt >= since);
	return [...packed, ...rows];
}

/** Every answer to these cards, in log order; call it inside a transaction over historyTables. */
export async function answersOfCards(db: AppDatabase, cardIds: readonly string[]): Promise<ReviewRow[]> {
	if (cardIds.length === 0) return [];
	const wanted = [...new Set(cardIds)];
	// A card's packed answers sit in its bucket's chunk and its own row, so no block is decoded.
	const [chunks, histories, rows] = await Promise.all([
		db.historyChunks.bulkGet([...new Set(wanted.map(historyBucket))]),
		db.cardHistories.bulkGet(wanted),
		db.reviews.where('cardId').anyOf(wanted).toArray()
	]);
	const asked = new Set(wanted);
	const packed = [
		...chunks.flatMap((c) => (c ? chunkRows(c, asked) : [])),
		...histories.flatMap((h) => (h ? historyRows(h) : []))
	];
	const inLog = (a: ReviewRow, b: ReviewRow) => (a.id ?? 0) - (b.id ?? 0) || a.reviewedAt - b.reviewedAt;
	return [...packed.sort(inLog), ...rows.sort(inLog)];
}

/** The answers a chunk holds for any of `cardIds`, as rows. */
function chunkRows(chunk: HistoryChunkRow, cardIds: ReadonlySet<string>): ReviewRow[] {
	const { bucket: _bucket, cardIdsJson, ids, ...columns } = chunk;
	const log: ReviewLog = { ...columns, id: ids, cardIds: JSON.parse(cardIdsJson) as string[] };
	const wanted = log.cardIds.map((id) => cardIds.has(id));
	const rows: ReviewRow[] = [];
	for (let i = 0; i < log.card.length; i++) if (wanted[log.card[i]!]) rows.push(rowAt(log, i));
	return rows;
}

/** A card's packed answers as rows. */
function historyRows(h: CardHistoryRow): ReviewRow[] {
	return Array.from(h.ids, (id, i) => ({
		id,
		cardId: h.cardId,
		grade: h.grade[i] as Grade,
		reviewedAt: h.reviewedAt[i]!,
		source: ANSWER_SOURCES[h.source[i]!] ?? 'review',
		durationMs: h.durationMs[i]!,
		stateBefore: h.stateBefore[i] as CardState,
		scheduledDays: h.scheduledDays[i]!
	}));
}
