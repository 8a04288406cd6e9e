import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULER_SETTINGS } from '$lib/domain/scheduling/types';
import { aFreshDatabase } from '../../../tests/factories/database';
import { BackupError } from './backup-format';
import { exportBackup, importBackup } from './backup-repository';
import type { AppDatabase } from './db';
import { recordAnswer, setSuspended } from './review-repository';

const settings = { ...DEFAULT_SCHEDULER_SETTINGS };
const T0 = Date.UTC(2026, 10, 2, 9, 0);
let db: AppDatabase;

async function someProgress() {
	for (const [i, id] of ['kefu:recall', 'kefu:recognition', 'kehu:pinyin'].entries()) {
		await recordAnswer(
			{ cardId: id, grade: 3, now: T0 + i * 1000, source: 'review', durationMs: 3000 },
			settings
		);
	}
	await recordAnswer(
		{
			cardId: 'kehu-guanxi.colloc.weihu:drill',
			grade: 1,
			now: T0 + 5000,
			source: 'drill',
			durationMs: 2000,
			mistake: { kind: 'collocation', expected: '维护客户关系', given: '做客户关系' }
		},
		settings
	);
	await setSuspended('weihu:recall', true, T0);
	await db.meta.put({ key: 'scheduler-settings', value: settings });
}

const snapshot = async () => ({
	cards: await db.cards.toArray(),
	reviews: await db.reviews.toArray(),
	meta: await db.meta.toArray(),
	mistakes: await db.mistakes.toArray()
});

beforeEach(() => {
	db = aFreshDatabase();
});

describe('backup and restore', () => {
	it('restores exactly what was exported, and the integrity check passes', async () => {
		await someProgress();
		const before = await snapshot();
		const file = JSON.stringify(await exportBackup(T0));
		db = aFreshDatabase();
		const report = await importBackup(file, settings);
		expect(await snapshot()).toEqual(before);
		expect(report).toEqual({ cardsChecked: 5, reviewsReplayed: 4, mismatched: [] });
		expect(before.mistakes).toHaveLength(1);
	});

	it.each([
		['truncated', (s: string) => s.slice(0, s.length / 2), /cut short/],
		['not JSON', () => 'PK\u0003\u0004 zip bytes', /not valid JSON/],
		['foreign', () => JSON.stringify({ deck: 'anki', cards: [] }), /not a Kehu Chinese backup/],
		['from the future', (s: string) => s.replace('"version":2', '"version":9'), /newer version/],
		['damaged', (s: string) => s.replace('"grade":3', '"grade":7'), /damaged at reviews\.0\.grade/],
		['orphaned', (s: string) => s.replace('"reviewId":4', '"reviewId":99'), /mistake 1 belongs to no review/],
		['hostile', (s: string) => s.replace('"kefu:recall"', '"<script>alert(1)</script>"'), /damaged/]
	])('rejects a %s file and changes nothing', async (_name, corrupt, message) => {
		await someProgress();
		const file = JSON.stringify(await exportBackup(T0));
		await recordAnswer(
			{ cardId: 'guanxi:recall', grade: 2, now: T0 + 9000, source: 'review', durationMs: 1 },
			settings
		);
		const before = await snapshot();
		const error = await importBackup(corrupt(file), settings).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(BackupError);
		expect((error as Error).message).toMatch(message);
		expect(await snapshot()).toEqual(before);
	});

	it('still restores a version-1 file, with an empty notebook', async () => {
		await someProgress();
		const { mistakes: _m, ...rest } = await exportBackup(T0);
		const v1 = JSON.stringify({ ...rest, version: 1 });
		const report = await importBackup(v1, settings);
		expect(await db.mistakes.count()).toBe(0);
		expect(report.mismatched).toEqual([]);
		expect(await db.reviews.count()).toBe(4);
	});
});
