/**
 * Applies a backup: validated whole, then written in one transaction, after a copy of the current
 * data is kept so the restore can be undone. While the writes run, the backup's log is replayed
 * against its cards, so the integrity check costs no second read. The integrity worker runs this;
 * so does the page where workers are missing.
 */
import { validateSchedulerSettings } from '$lib/domain/scheduling/settings-schema';
import type { SchedulerSettings } from '$lib/domain/scheduling/types';
import { readBackup } from './backup-export';
import { cardTables, inKeyOrder, REFRESH_AT, writeCardMirror } from './card-mirror';
import { BackupError, FEATURE_TABLES, parseBackup } from './backup-format';
import { sameCardRow } from './card-repository';
import { database, type CardRow, type MetaRow } from './db';
import type { IntegrityReport } from './integrity';
import { checkAgainstLog } from './log-check';
import { SETTINGS_KEY } from './meta-keys';
import { KEEP_ROWS_DAYS, logTables, packReviewLog, writePackedLog } from './review-log';

const DAY = 86_400_000;
/** Copies kept before restores; older ones are dropped. */
export const SNAPSHOTS_KEPT = 3;

/**
 * What turns the stored cards into the backup's: its cards that differ from the stored row, and the
 * stored cards it lacks. Clearing and refilling the cards table costs seconds at tens of thousands
 * of cards, each with its indexes, where a backup of the same learner changes few of them.
 */
function cardChanges(stored: readonly CardRow[], wanted: readonly CardRow[]) {
	const byId = new Map(stored.map((row) => [row.id, row]));
	const changed = wanted.filter((row) => !sameCardRow(byId.get(row.id), row));
	for (const row of wanted) byId.delete(row.id);
	return { changed, gone: [...byId.keys()] };
}

/** The settings a backup carries, which its cards were scheduled with; `fallback` when it has none usable. */
function settingsIn(meta: readonly MetaRow[], fallback: SchedulerSettings): SchedulerSettings {
	const row = meta.find((m) => m.key === SETTINGS_KEY);
	if (!row) return fallback;
	try {
		return validateSchedulerSettings(row.value);
	} catch {
		return fallback;
	}
}

/**
 * Replaces all progress with the backup in `text`; throws BackupError and changes nothing if it is
 * bad. Answers from before the last KEEP_ROWS_DAYS (counted back from `now`, epoch ms) are packed.
 * The integrity check uses the settings the backup carries, since those are the ones restored.
 */
export async function restoreBackup(
	text: string,
	settings: SchedulerSettings,
	now: number
): Promise<IntegrityReport> {
	const plan = parseBackup(text, now);
	const restored = settingsIn(plan.meta, settings);
	// The integrity check replays the file's log beside the restore, on another core where there is one.
	const checked = checkAgainstLog({ cards: plan.cards, log: plan.log, settings: restored, now: Date.now() });
	const log = packReviewLog(plan.log, now - KEEP_ROWS_DAYS * DAY);
	const db = database();
	const progress = [...logTables(db), db.meta, db.mistakes];
	const features = FEATURE_TABLES.map((name) => db.table(name));
	const tables = [...cardTables(db), ...progress, ...features, db.snapshots];
	await db.transaction('rw', tables, async () => {
		const { backup: current, cards: read } = await readBackup(db, now);
		const cards = cardChanges(current.cards, plan.cards);
		// The restored cards are exactly the file's: when many change, the pages are written from them.
		const mirrored = read.stale || cards.gone.length + cards.changed.length > REFRESH_AT;
		// Every write is issued at once: the transaction runs them while the copy is serialised.
		const cleared = progress.map((t) => t.clear());
		// A feature table the file does not carry (an older backup) is left as it is.
		const carried = FEATURE_TABLES.flatMap((name, i) => {
			const rows = plan.features[name];
			const table = features[i];
			return rows && table ? [table.clear().then(() => table.bulkAdd(rows))] : [];
		});
		const restoring = [
			...cleared,
			...carried,
			Promise.all([db.cards.bulkDelete(cards.gone), db.cards.bulkPut(cards.changed)]).then(() =>
				mirrored ? writeCardMirror(db, inKeyOrder(plan.cards)) : undefined
			),
			writePackedLog(db, log),
			db.meta.bulkAdd(plan.meta),
			db.mistakes.bulkAdd(plan.mistakes)
		];
		const snapshot = db.snapshots
			.add({ takenAt: now, reviews: current.reviews.id.length, text: JSON.stringify(current) })
			.then(() => db.snapshots.orderBy('takenAt').reverse().offset(SNAPSHOTS_KEPT).primaryKeys())
			.then((kept) => db.snapshots.bulkDelete(kept));
		await Promise.all([...restoring, snapshot]);
	});
	return {
		cardsChecked: plan.cards.length,
		reviewsReplayed: plan.log.card.length,
		mismatched: await checked,
		rewritten: 0
	};
}

/** Puts back the copy kept before a restore (taking a copy of what is there now, so this too can be undone). */
export async function restoreSnapshot(
	id: number,
	settings: SchedulerSettings,
	now: number
): Promise<IntegrityReport> {
	const snapshot = await database().snapshots.get(id);
	if (!snapshot) throw new BackupError({ code: 'gone' });
	return restoreBackup(snapshot.text, settings, now);
}
