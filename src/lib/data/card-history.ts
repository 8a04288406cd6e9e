/**
 * Each card's packed answers, kept beside the blocks: card info and undo read one card's history
 * without decoding the blocks that also hold a million other answers. A restore writes them as
 * chunks of many cards (one row per bucket of card ids); answers packed later go to a row per card.
 */
import type { CardHistoryRow, HistoryChunkRow, ReviewBlockRow } from './db';

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

/** Every answer in `blocks`, in log order, as one chunk per bucket that holds a card of theirs. */
export function chunkBlocks(blocks: readonly ReviewBlockRow[]): HistoryChunkRow[] {
	const place = new Map<string, { bucket: number; card: number }>();
	const cardsOf = new Map<number, string[]>();
	const sizes = new Map<number, number>();
	// Each block's cards as they sit in the chunks, found once per block rather than once per answer.
	const placed = blocks.map((block) => {
		const local = block.cardIds.map((id) => {
			let at = place.get(id);
			if (!at) {
				const bucket = historyBucket(id);
				const cards = cardsOf.get(bucket) ?? [];
				cardsOf.set(bucket, cards);
				at = { bucket, card: cards.push(id) - 1 };
				place.set(id, at);
			}
			return at;
		});
		for (const c of block.card) {
			const bucket = local[c]!.bucket;
			sizes.set(bucket, (sizes.get(bucket) ?? 0) + 1);
		}
		return local;
	});
	const chunks = new Map<number, { row: HistoryChunkRow; at: number }>();
	for (const [bucket, size] of sizes)
		chunks.set(bucket, { row: emptyChunk(bucket, cardsOf.get(bucket)!, size), at: 0 });
	blocks.forEach((block, b) => {
		const local = placed[b]!;
		for (let i = 0; i < block.card.length; i++) {
			const card = local[block.card[i]!]!;
			const slot = chunks.get(card.bucket)!;
			const { row, at } = slot;
			row.card[at] = card.card;
			row.ids[at] = block.ids[i]!;
			row.grade[at] = block.grade[i]!;
			row.reviewedAt[at] = block.reviewedAt[i]!;
			row.source[at] = block.source[i]!;
			row.durationMs[at] = block.durationMs[i]!;
			row.stateBefore[at] = block.stateBefore[i]!;
			row.scheduledDays[at] = block.scheduledDays[i]!;
			slot.at += 1;
		}
	});
	return [...chunks.values()].map((s) => s.row);
}

function emptyChunk(bucket: number, cardIds: readonly string[], size: number): HistoryChunkRow {
	const { cardId: _none, ...columns } = emptyHistory('', size);
	return { bucket, cardIdsJson: JSON.stringify(cardIds), card: new Uint32Array(size), ...columns };
}
