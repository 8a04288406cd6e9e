/**
 * Each card's packed answers in one row, kept beside the blocks: card info and undo read one card's
 * history without decoding the blocks that also hold a million other answers.
 */
import type { CardHistoryRow, ReviewBlockRow } from './db';

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
