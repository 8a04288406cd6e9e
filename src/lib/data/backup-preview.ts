/** What a restore would do, read before the learner agrees: the file's answers against the ones stored now. */
import { parseBackup } from './backup-format';
import { database } from './db';
import { BLOCK_SIZE } from './review-log';

/** A log in brief. Dates are epoch ms, absent when there are no answers. */
export interface LogSummary {
	answers: number;
	cards: number;
	first?: number;
	last?: number;
}

export interface RestorePreview {
	/** epoch ms */
	exportedAt: number;
	file: LogSummary;
	current: LogSummary;
	/** stored answers newer than the file's newest one: a restore loses them */
	newerThanFile: number;
}

function summary(times: ArrayLike<number>, cards: number): LogSummary {
	let first = Infinity;
	let last = -Infinity;
	for (let i = 0; i < times.length; i++) {
		const t = times[i]!;
		if (t < first) first = t;
		if (t > last) last = t;
	}
	return times.length ? { answers: times.length, cards, first, last } : { answers: 0, cards };
}

/** The stored log in brief and how many answers come after `cut` (epoch ms), read through indexes. */
async function storedSummary(cut: number): Promise<{ summary: LogSummary; newer: number }> {
	const db = database();
	return db.transaction('r', db.cards, db.reviews, db.reviewBlocks, async () => {
		const blocks = db.reviewBlocks;
		// Full blocks are counted from the size index; only part-filled ones and those reaching past the cut are read.
		const [cards, rows, full, partial, firstBlock, lastBlock, firstRow, lastRow, reaching, newerRows] =
			await Promise.all([
				db.cards.count(),
				db.reviews.count(),
				blocks.where('size').equals(BLOCK_SIZE).count(),
				blocks.where('size').notEqual(BLOCK_SIZE).toArray(),
				blocks.orderBy('firstAt').first(),
				blocks.orderBy('lastAt').last(),
				db.reviews.orderBy('reviewedAt').first(),
				db.reviews.orderBy('reviewedAt').last(),
				blocks.where('lastAt').above(cut).toArray(),
				db.reviews.where('reviewedAt').above(cut).count()
			]);
		const answers = rows + full * BLOCK_SIZE + partial.reduce((n, b) => n + b.size, 0);
		const firsts = [firstBlock?.firstAt, firstRow?.reviewedAt].filter((t) => t !== undefined);
		const lasts = [lastBlock?.lastAt, lastRow?.reviewedAt].filter((t) => t !== undefined);
		let newer = newerRows;
		for (const b of reaching) for (const t of b.reviewedAt) if (t > cut) newer++;
		const summary: LogSummary = answers
			? { answers, cards, first: Math.min(...firsts), last: Math.max(...lasts) }
			: { answers: 0, cards };
		return { summary, newer };
	});
}

/** Parses the backup in `text` (throwing BackupError when it is bad) and compares it with what is stored. */
export async function previewRestore(text: string, now: number): Promise<RestorePreview> {
	const plan = parseBackup(text, now);
	const file = summary(plan.log.reviewedAt, plan.cards.length);
	const { summary: current, newer } = await storedSummary(file.last ?? -Infinity);
	return { exportedAt: plan.exportedAt, file, current, newerThanFile: newer };
}
