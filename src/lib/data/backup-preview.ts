/** What a restore would do, read before the learner agrees: the file's answers against the ones stored now. */
import { parseBackup } from './backup-format';
import { database } from './db';

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

/** Parses the backup in `text` (throwing BackupError when it is bad) and compares it with what is stored. */
export async function previewRestore(text: string, now: number): Promise<RestorePreview> {
	const plan = parseBackup(text, now);
	const file = summary(plan.log.reviewedAt, plan.cards.length);
	const db = database();
	const [cardCount, current] = await db.transaction('r', db.cards, db.reviews, db.reviewBlocks, async () => {
		const [cards, blocks, rows] = await Promise.all([
			db.cards.count(),
			db.reviewBlocks.toArray(),
			db.reviews.toArray()
		]);
		const times = new Float64Array(blocks.reduce((n, b) => n + b.reviewedAt.length, 0) + rows.length);
		let at = 0;
		for (const b of blocks) {
			times.set(b.reviewedAt, at);
			at += b.reviewedAt.length;
		}
		for (const r of rows) times[at++] = r.reviewedAt;
		return [cards, times] as const;
	});
	const cut = file.last ?? -Infinity;
	let newer = 0;
	for (const t of current) if (t > cut) newer++;
	return {
		exportedAt: plan.exportedAt,
		file,
		current: summary(current, cardCount),
		newerThanFile: newer
	};
}
