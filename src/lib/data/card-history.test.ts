import { describe, expect, it } from 'vitest';
import { chunkLog, historyBucket, HISTORY_BUCKETS } from './card-history';
import { logFromRows } from './review-log';

const answer = (id: number, cardId: string) => ({
	id,
	cardId,
	grade: ((id % 4) + 1) as 1 | 2 | 3 | 4,
	reviewedAt: 1000 * id,
	source: 'review' as const,
	durationMs: id,
	stateBefore: 2 as const,
	scheduledDays: id / 2
});

describe('history chunks', () => {
	it('puts a card in the same bucket on every device and version', () => {
		// Stored chunks are found by this bucket (FNV-1a, checked against an independent implementation):
		// a changed hash would hide every restored history.
		expect(['kehu-guanxi:recall', 'a:recall', 'bench-59999:recognition'].map(historyBucket)).toEqual([
			500, 991, 722
		]);
		expect(historyBucket('x'.repeat(300))).toBeLessThan(HISTORY_BUCKETS);
	});

	it('gathers every packed answer into its card’s bucket, each card’s answers in log order', () => {
		const cards = Array.from({ length: 3000 }, (_, c) => `card-${c}:recall`);
		const rows = Array.from({ length: 9000 }, (_, i) => answer(i + 1, cards[(i * 7) % 3000]!));
		// Only the answers at these positions are packed; the last 500 stay rows.
		const packed = rows.slice(0, 8500);
		const chunks = chunkLog(
			logFromRows(rows),
			packed.map((_, i) => i)
		);
		expect(new Set(chunks.map((c) => c.bucket)).size).toBe(chunks.length);
		expect(chunks.length).toBeLessThanOrEqual(HISTORY_BUCKETS);
		expect(chunks.reduce((n, c) => n + c.ids.length, 0)).toBe(packed.length);
		const found = new Map<string, number[][]>();
		for (const chunk of chunks) {
			const ids = JSON.parse(chunk.cardIdsJson) as string[];
			for (const id of ids) expect(historyBucket(id)).toBe(chunk.bucket);
			chunk.card.forEach((c, i) => {
				const list = found.get(ids[c]!) ?? [];
				found.set(ids[c]!, list);
				list.push([
					chunk.ids[i]!,
					chunk.grade[i]!,
					chunk.reviewedAt[i]!,
					chunk.durationMs[i]!,
					chunk.scheduledDays[i]!
				]);
			});
		}
		for (const id of [cards[0]!, cards[1234]!, cards[2999]!])
			expect(found.get(id)).toEqual(
				rows
					.filter((r) => r.cardId === id)
					.map((r) => [r.id, r.grade, r.reviewedAt, r.durationMs, r.scheduledDays])
			);
	});
});
