import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULER_SETTINGS } from '$lib/domain/scheduling/types';
import { aFreshDatabase } from '../../../tests/factories/database';
import { deskAnswerId, shopKey } from '$lib/domain/desk/answers';
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
			cardId: 'kehu:recall',
			grade: 1,
			now: T0 + 5000,
			source: 'review',
			durationMs: 4000,
			mistake: { kind: 'meaning', expected: '客户', given: '顾客' }
		},
		settings
	);
	await setSuspended('weihu:recall', true, T0);
	await db.meta.put({ key: 'scheduler-settings', value: settings });
}

const snapshot = async () => ({
	cards: await db.cards.toArray(),
	reviews: await db.reviews.toArray(),
	blocks: await db.reviewBlocks.toArray(),
	meta: await db.meta.toArray(),
	mistakes: await db.mistakes.toArray()
});

beforeEach(() => {
	db = aFreshDatabase();
});

describe('backup and restore', () => {
	it('restores exactly what was exported, and the integrity check passes', async () => {
		await someProgress();
		const exported = await exportBackup(T0);
		db = aFreshDatabase();
		const report = await importBackup(JSON.stringify(exported), settings, T0);
		expect(await exportBackup(T0)).toEqual(exported);
		expect(exported.mistakes).toHaveLength(1);
		expect(report).toEqual({ cardsChecked: 5, reviewsReplayed: 4, mismatched: [], rewritten: 0 });
	});

	it('packs answers older than a week, and later answers get new ids', async () => {
		await someProgress();
		const exported = await exportBackup(T0);
		db = aFreshDatabase();
		await importBackup(JSON.stringify(exported), settings, T0 + 30 * 86_400_000);
		expect(await db.reviews.count()).toBe(0);
		expect((await db.reviewBlocks.toArray()).map((b) => b.ids.length)).toEqual([4]);
		const { reviewId } = await recordAnswer(
			{ cardId: 'kefu:recall', grade: 3, now: T0 + 31 * 86_400_000, source: 'review', durationMs: 1 },
			settings
		);
		expect(reviewId).toBe(5);
	});

	it('still restores a version-1 backup, with one object per answer', async () => {
		await someProgress();
		const v2 = await exportBackup(T0);
		const reviews = v2.reviews.id.map((id, i) => ({
			id,
			cardId: v2.reviews.cardIds[v2.reviews.card[i] ?? 0],
			grade: v2.reviews.grade[i],
			reviewedAt: v2.reviews.reviewedAt[i],
			source: 'review',
			durationMs: v2.reviews.durationMs[i],
			stateBefore: v2.reviews.stateBefore[i],
			scheduledDays: v2.reviews.scheduledDays[i]
		}));
		const v1 = { format: v2.format, version: 1, exportedAt: T0, cards: v2.cards, reviews, meta: v2.meta };
		db = aFreshDatabase();
		const report = await importBackup(JSON.stringify(v1), settings, T0);
		expect(report.mismatched).toEqual([]);
		expect((await exportBackup(T0)).reviews).toEqual(v2.reviews);
	});

	it.each([
		['truncated', (s: string) => s.slice(0, s.length / 2), /backup not-json/],
		['not JSON', () => 'PK\u0003\u0004 zip bytes', /backup not-json/],
		['foreign', () => JSON.stringify({ deck: 'anki', cards: [] }), /backup not-backup/],
		['from the future', (s: string) => s.replace('"version":2', '"version":9'), /backup newer: version 9/],
		['damaged', (s: string) => s.replace('"grade":[3', '"grade":[7'), /damaged at reviews\.grade\.0/],
		[
			'orphaned',
			(s: string) => s.replace('"reviewId":4', '"reviewId":99'),
			/mistake id 1 without its review/
		],
		['short a column', (s: string) => s.replace('"grade":[3,', '"grade":['), /reviews\.grade: expected 4/],
		['hostile', (s: string) => s.replace('"kefu:recall"', '"<script>alert(1)</script>"'), /damaged/],
		[
			'repeated-key',
			(s: string) => s.replace('"meta":[', '"meta":[{"key":"dupkey","value":1},{"key":"dupkey","value":2},'),
			/damaged at meta\.1\.key/
		],
		[
			'blank-card',
			(s: string) =>
				s.replace(
					'"customDecks":[',
					'"customDecks":[{"id":"cd2","title":"BadCards","createdAt":1,"cards":[{"hanzi":"","english":"","pinyin":["a","b","c"],"level":null,"tags":[]}]}'
				),
			/damaged at customDecks\.0\.cards\.0\.hanzi/
		]
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
});

describe('class work in backups', () => {
	it('carries accepted assignments, reports and custom decks, and an older backup leaves them alone', async () => {
		const { anAssignment, aReport } = await import('../../../tests/factories/sharing');
		await someProgress();
		await db.assignments.put({ id: 'a1b2c3d4', acceptedAt: T0, doc: anAssignment() });
		await db.reports.put({
			id: 'r1',
			assignmentId: 'a1b2c3d4',
			learnerId: 'l',
			importedAt: T0,
			doc: aReport()
		});
		await db.customDecks.put({
			id: 'd1',
			title: 'Mine',
			createdAt: T0,
			cards: [{ hanzi: '客户', english: 'client', pinyin: ['kè', 'hù'], level: null, tags: [] }]
		});
		await db.issued.put({ id: 'a1b2c3d4', issuedAt: T0, doc: anAssignment() });
		const full = await exportBackup(T0);
		const before = {
			a: await db.assignments.toArray(),
			r: await db.reports.toArray(),
			d: await db.customDecks.toArray()
		};
		db = aFreshDatabase();
		await importBackup(JSON.stringify(full), settings, T0);
		expect({
			a: await db.assignments.toArray(),
			r: await db.reports.toArray(),
			d: await db.customDecks.toArray()
		}).toEqual(before);

		expect(await db.issued.count()).toBe(1);
		const { assignments: _a, reports: _r, customDecks: _d, issued: _i, ...older } = full;
		await importBackup(JSON.stringify(older), settings, T0);
		expect(await db.assignments.count()).toBe(1);
		expect(await db.customDecks.count()).toBe(1);
	});
});

describe('the 客服 desk in backups', () => {
	const shop = { seed: 42, customers: 500 };
	const answer = {
		id: deskAnswerId(shop, 7, 12),
		shop: shopKey(shop),
		customer: 7,
		age: 12,
		type: '投诉' as const,
		channel: '客服热线' as const,
		before: 2,
		after: 4,
		passed: 4,
		total: 4,
		reply: '您好，非常抱歉。我们马上为您办理退款。祝您生活愉快，再见！',
		level: 'B1' as const,
		answeredAt: T0
	};

	it('carries answered tickets out and back, and refuses one whose id names another ticket', async () => {
		await someProgress();
		await db.deskAnswers.put(answer);
		const file = JSON.stringify(await exportBackup(T0 + 60_000));
		await db.deskAnswers.clear();
		await importBackup(file, settings, T0 + 60_000);
		expect(await db.deskAnswers.toArray()).toEqual([answer]);

		const forged = JSON.parse(file) as { deskAnswers: (typeof answer)[] };
		forged.deskAnswers[0] = { ...answer, customer: 8 };
		await expect(importBackup(JSON.stringify(forged), settings, T0 + 60_000)).rejects.toBeInstanceOf(
			BackupError
		);
		expect(await db.deskAnswers.toArray()).toEqual([answer]);
	});
});
