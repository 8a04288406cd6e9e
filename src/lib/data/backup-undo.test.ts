import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SCHEDULER_SETTINGS } from '$lib/domain/scheduling/types';
import { aFreshDatabase } from '../../../tests/factories/database';
import { BackupError } from './backup-format';
import { exportBackup, importBackup, latestSnapshot, undoRestore } from './backup-repository';
import { previewRestore } from './backup-preview';
import type { AppDatabase } from './db';
import { checkIntegrity, rebuildFromLog } from './integrity';
import { recordAnswer } from './review-repository';
import {
	BLOCK_SIZE,
	compactReviewLog,
	logFromRows,
	logTables,
	readReviewLog,
	writeReviewLog
} from './review-log';

const settings = { ...DEFAULT_SCHEDULER_SETTINGS };
const T0 = Date.UTC(2026, 10, 2, 9, 0);
const DAY = 86_400_000;
let db: AppDatabase;

async function answers(ids: string[], from: number) {
	for (const [i, id] of ids.entries())
		await recordAnswer(
			{ cardId: id, grade: 3, now: from + i * 1000, source: 'review', durationMs: 1 },
			settings
		);
}

beforeEach(() => {
	db = aFreshDatabase();
});

describe('restore with consent and undo', () => {
	it('previews what the file holds against what would be replaced', async () => {
		await answers(['kefu:recall', 'kefu:recognition'], T0);
		const file = JSON.stringify(await exportBackup(T0 + DAY));
		await answers(['kehu:recall', 'kehu:pinyin', 'kehu:recognition'], T0 + 2 * DAY);
		const preview = await previewRestore(file, T0 + 3 * DAY);
		expect(preview.file).toEqual({ answers: 2, cards: 2, first: T0, last: T0 + 1000 });
		expect(preview.current).toMatchObject({ answers: 5, cards: 5, first: T0, last: T0 + 2 * DAY + 2000 });
		expect(preview.newerThanFile).toBe(3);
	});

	it('previews a long history, packed into full and part-filled blocks, as the whole log reads', async () => {
		const history = Array.from({ length: 2 * BLOCK_SIZE + 30 }, (_, i) => ({
			id: i + 1,
			cardId: `card-${i % 40}:recall`,
			grade: 3 as const,
			reviewedAt: T0 + i * 60_000,
			source: 'review' as const,
			durationMs: 1,
			stateBefore: 0 as const,
			scheduledDays: 1
		}));
		await db.transaction('rw', logTables(db), () =>
			writeReviewLog(db, logFromRows(history), T0 + (BLOCK_SIZE + 10) * 60_000)
		);
		await compactReviewLog(T0 + 400 * DAY);
		expect(await db.reviewBlocks.where('size').below(BLOCK_SIZE).count()).toBe(1);
		const doc = await exportBackup(T0 + 500 * DAY);
		// The file holds the first 1,000 answers only: every later one, packed or not, would be lost.
		const cutShort = Object.fromEntries(
			Object.entries(doc.reviews).map(([k, col]) => [
				k,
				k === 'sources' || k === 'cardIds' ? col : col.slice(0, 1000)
			])
		);
		const file = JSON.stringify({ ...doc, reviews: cutShort });
		const whole = await readReviewLog(db);
		const preview = await previewRestore(file, T0 + 500 * DAY);
		expect(preview.current).toMatchObject({
			answers: whole.card.length,
			first: T0,
			last: T0 + (2 * BLOCK_SIZE + 29) * 60_000
		});
		expect(preview.newerThanFile).toBe(whole.card.length - 1000);
	});

	it('keeps a copy of the replaced data, and undoing the restore brings every answer back', async () => {
		await answers(['kefu:recall'], T0);
		const older = JSON.stringify(await exportBackup(T0));
		await answers(['kehu:recall', 'kehu:pinyin'], T0 + DAY);
		const before = await exportBackup(T0 + 2 * DAY);
		await importBackup(older, settings, T0 + 2 * DAY);
		expect(await db.reviews.count()).toBe(1);
		const copy = await latestSnapshot();
		expect(copy).toMatchObject({ takenAt: T0 + 2 * DAY, reviews: 3 });
		await undoRestore(copy!.id, settings, T0 + 2 * DAY);
		expect(await exportBackup(T0 + 2 * DAY)).toEqual(before);
	});

	it('leaves exactly the backup’s cards: changed ones put back, flags included, and cards it lacks gone', async () => {
		await answers(['kefu:recall', 'kefu:recognition', 'kehu:recall'], T0);
		const doc = await exportBackup(T0 + DAY);
		await db.cards.update('kefu:recognition', { suspended: 1 });
		await answers(['kefu:recall', 'kehu:pinyin'], T0 + DAY);
		await importBackup(JSON.stringify(doc), settings, T0 + 2 * DAY);
		expect(await db.cards.orderBy('id').toArray()).toEqual(doc.cards);
		expect(await db.cards.where('[suspended+due]').between([1, 0], [1, Infinity]).count()).toBe(0);
		expect((await checkIntegrity(settings)).mismatched).toEqual([]);
	});

	it('changes no card when a write of the restore fails', async () => {
		await answers(['kefu:recall', 'kehu:recall'], T0);
		const older = JSON.stringify(await exportBackup(T0));
		await answers(['kefu:recall', 'kehu:pinyin'], T0 + DAY);
		const before = await exportBackup(T0 + DAY);
		const { restoreBackup } = await import('./backup-restore');
		const fail = vi.spyOn(db.mistakes, 'bulkAdd').mockRejectedValueOnce(new Error('disk full'));
		await expect(restoreBackup(older, settings, T0 + 2 * DAY)).rejects.toThrow('disk full');
		fail.mockRestore();
		expect(await exportBackup(T0 + DAY)).toEqual(before);
		expect(await latestSnapshot()).toBeNull();
	});

	it('checks the restored cards with the settings the backup carries, so it reports no false mismatches', async () => {
		const own = { ...settings, desiredRetention: 0.8, enableFuzz: false };
		await db.meta.put({ key: 'scheduler-settings', value: own });
		await recordAnswer({ cardId: 'kefu:recall', grade: 3, now: T0, source: 'review', durationMs: 1 }, own);
		await recordAnswer(
			{ cardId: 'kefu:recall', grade: 3, now: T0 + 3 * DAY, source: 'review', durationMs: 1 },
			own
		);
		const file = JSON.stringify(await exportBackup(T0 + 4 * DAY));
		db = aFreshDatabase();
		const report = await importBackup(file, settings, T0 + 4 * DAY);
		expect(report.mismatched).toEqual([]);
	});

	it.each([
		['stability', -5],
		['difficulty', -1e308],
		['last_review', 1e308],
		['due', 1e20]
	])('rejects a card with %s %s, naming where', async (field, value) => {
		await answers(['kefu:recall'], T0);
		const doc = await exportBackup(T0);
		const bad = { ...doc, cards: [{ ...doc.cards[0]!, [field]: value }] };
		const error = await importBackup(JSON.stringify(bad), settings, T0).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(BackupError);
		expect((error as Error).message).toContain(`cards.0.${field}`);
		expect(await db.reviews.count()).toBe(1);
	});

	it('rejects a card listed twice and answers dated far in the future', async () => {
		await answers(['kefu:recall'], T0);
		const doc = await exportBackup(T0);
		const twice = { ...doc, cards: [doc.cards[0]!, doc.cards[0]!] };
		await expect(importBackup(JSON.stringify(twice), settings, T0)).rejects.toThrow(/cards\.1\.id/);
		const future = { ...doc, reviews: { ...doc.reviews, reviewedAt: [T0 + 400 * DAY] } };
		await expect(importBackup(JSON.stringify(future), settings, T0)).rejects.toThrow(
			/reviews\.reviewedAt\.0/
		);
	});
});

describe('review ids in a backup', () => {
	it('takes answers whose ids are out of order, and rejects an id used twice wherever it appears', async () => {
		await answers(['kefu:recall', 'kefu:recognition', 'kehu:recall'], T0);
		const doc = await exportBackup(T0);
		const shuffled = { ...doc, reviews: { ...doc.reviews, id: [3, 1, 2] } };
		await expect(importBackup(JSON.stringify(shuffled), settings, T0 + DAY)).resolves.toBeDefined();
		const twice = { ...doc, reviews: { ...doc.reviews, id: [2, 3, 2] } };
		await expect(importBackup(JSON.stringify(twice), settings, T0 + DAY)).rejects.toThrow(/reviews\.id\.2/);
		const rising = { ...doc, reviews: { ...doc.reviews, id: [1, 1, 2] } };
		await expect(importBackup(JSON.stringify(rising), settings, T0 + DAY)).rejects.toThrow(/reviews\.id\.1/);
	});
});

describe('integrity check repairs impossible card values', () => {
	it('finds and rebuilds cards the scheduler would reject', async () => {
		await answers(['kefu:recall'], T0);
		await db.cards.update('kefu:recall', { stability: -5 });
		await db.cards.put({
			...(await db.cards.get('kefu:recall'))!,
			id: 'kehu:recall',
			itemId: 'kehu',
			stability: -1,
			state: 0,
			reps: 0,
			buriedUntil: 1e300
		});
		const report = await checkIntegrity(settings);
		expect(report.mismatched.sort()).toEqual(['kefu:recall', 'kehu:recall']);
		await rebuildFromLog(settings);
		expect((await checkIntegrity(settings)).mismatched).toEqual([]);
		expect((await db.cards.get('kefu:recall'))!.stability).toBeGreaterThan(0);
		expect((await db.cards.get('kehu:recall'))!.buriedUntil).toBe(0);
	});
});
