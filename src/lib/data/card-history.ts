/**
 * Each card's packed answers, kept beside the blocks: card info and undo read one card's history
 * without decoding the blocks that also hold a million other answers. A restore writes them as
 * chunks of many cards (one row per bucket of card ids); answers packed later go to a row per card.
 */
import type { CardHistoryRow, HistoryChunkRow, ReviewBlockRow } from './db';
import type { ReviewLog } from './review-log';

type Column = Exclude<keyof CardHistoryRow, 'cardId'>;
const COLUMNS: readonly Column[] = [
	'ids',
	'grade',
	'reviewedAt',
	'source',
	'durationMs',
	'stateBefore',
	'scheduledDays'
];

/** The columns a block, a chunk or one card's history packs answers in. */
export type PackedColumns = Omit<CardHistoryRow, 'cardId'>;

/** Copies answer `i` of `log`, all but its card, to position `at` of packed columns. */
export function copyAnswer(to: PackedColumns, at: number, log: ReviewLog, i: number): void {
	to.ids[at] = log.id[i]!;
	to.grade[at] = log.grade[i]!;
	to.reviewedAt[at] = log.reviewedAt[i]!;
	to.source[at] = log.source[i]!;
	to.durationMs[at] = log.durationMs[i]!;
	to.stateBefore[at] = log.stateBefore[i]!;
	to.scheduledDays[at] = log.scheduledDays[i]!;
}

/** Empty columns for `size` answers. */
export function emptyColumns(size: number): PackedColumns {
	const { cardId: _none, ...columns } = emptyHistory('', size);
	return columns;
}

function emptyHistory(cardId: string, size: number): CardHistoryRow {
	return {
		cardId,
		ids: new Float64Array(size),
		grade: new Uint8Array(size),
		reviewedAt: new Float64Array(size),
		source: new Uint8Array(size),
		durationMs: new Float64Array(size),
		stateBefore: new Uint8Array(size),
		scheduledDays: new Float64Array(size)
	};
}

/**
 * The histories of every card in `blocks` with the blocks' answers appended, in log order, to what
 * `existing` already holds for each card.
 */
export function appendBlocks(
	existing: ReadonlyMap<string, CardHistoryRow>,
	blocks: readonly ReviewBlockRow[]
): CardHistoryRow[] {
	const added = new Map<string, number>();
	for (const block of blocks)
		for (let i = 0; i < block.card.length; i++) {
			const id = block.cardIds[block.card[i]!]!;
			added.set(id, (added.get(id) ?? 0) + 1);
		}
	const out = new Map<string, { row: CardHistoryRow; at: number }>();
	for (const [id, count] of added) {
		const old = existing.get(id);
		const size = old?.ids.length ?? 0;
		const row = emptyHistory(id, size + count);
		if (old) for (const c of COLUMNS) row[c].set(old[c]);
		out.set(id, { row, at: size });
	}
	for (const block of blocks)
		for (let i = 0; i < block.card.length; i++) {
			const slot = out.get(block.cardIds[block.card[i]!]!)!;
			const { row } = slot;
			row.ids[slot.at] = block.ids[i]!;
			row.grade[slot.at] = block.grade[i]!;
			row.reviewedAt[slot.at] = block.reviewedAt[i]!;
			row.source[slot.at] = block.source[i]!;
			row.durationMs[slot.at] = block.durationMs[i]!;
			row.stateBefore[slot.at] = block.stateBefore[i]!;
			row.scheduledDays[slot.at] = block.scheduledDays[i]!;
			slot.at += 1;
		}
	return [...out.values()].map((s) => s.row);
}

/** Buckets the card ids fall into: a restore writes at most this many history rows, whatever the card count. */
export const HISTORY_BUCKETS = 2048;

/** The bucket of `cardId`'s chunk (FNV-1a of its UTF-16 units); stored chunks depend on it, so it never changes. */
export function historyBucket(cardId: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < cardId.length; i++) hash = Math.imul(hash ^ cardId.charCodeAt(i), 0x01000193);
	return (hash >>> 0) % HISTORY_BUCKETS;
}

/**
 * The answers of `log` at `positions` (ascending), as one chunk per bucket that holds a card of
 * theirs; each card's answers stay in log order.
 */
export function chunkLog(log: ReviewLog, positions: ArrayLike<number>): HistoryChunkRow[] {
	// Each card's bucket and place in its chunk, found once per card rather than once per answer.
	const bucketOf = new Int32Array(log.cardIds.length).fill(-1);
	const placeOf = new Uint32Array(log.cardIds.length);
	const cardsOf: string[][] = [];
	const sizes = new Uint32Array(HISTORY_BUCKETS);
	for (let k = 0; k < positions.length; k++) {
		const c = log.card[positions[k]!]!;
		let bucket = bucketOf[c]!;
		if (bucket < 0) {
			const id = log.cardIds[c]!;
			bucket = historyBucket(id);
			bucketOf[c] = bucket;
			placeOf[c] = (cardsOf[bucket] ??= []).push(id) - 1;
		}
		sizes[bucket]! += 1;
	}
	const chunks: HistoryChunkRow[] = [];
	for (let b = 0; b < HISTORY_BUCKETS; b++)
		if (sizes[b]! > 0) chunks[b] = emptyChunk(b, cardsOf[b]!, sizes[b]!);
	const filled = new Uint32Array(HISTORY_BUCKETS);
	for (let k = 0; k < positions.length; k++) {
		const i = positions[k]!;
		const c = log.card[i]!;
		const bucket = bucketOf[c]!;
		const row = chunks[bucket]!;
		const at = filled[bucket]!++;
		row.card[at] = placeOf[c]!;
		copyAnswer(row, at, log, i);
	}
	return chunks.filter((chunk) => chunk !== undefined);
}

function emptyChunk(bucket: number, cardIds: readonly string[], size: number): HistoryChunkRow {
	return { bucket, cardIdsJson: JSON.stringify(cardIds), card: new Uint32Array(size), ...emptyColumns(size) };
}
