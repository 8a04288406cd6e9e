import { beforeEach, describe, expect, it } from 'vitest';
import { aReport } from '../../../tests/factories/sharing';
import { aFreshDatabase } from '../../../tests/factories/database';
import { documentFileText, encodeDocument } from '$lib/domain/sharing/codec';
import type { AppDatabase } from './db';
import {
	allReports,
	classReports,
	importReports,
	saveReports,
	pastedCodes,
	removeLearnerReports,
	removeReport,
	removeReportsFor
} from './report-repository';

const NOW = Date.UTC(2026, 11, 1);

let db: AppDatabase;
beforeEach(() => {
	db = aFreshDatabase();
});

describe('importing reports', () => {
	it('applies the meaning checks to reports decoded elsewhere (the share worker)', async () => {
		const future = aReport({ createdAt: NOW + 400 * 86_400_000 });
		const outcomes = await saveReports(
			[
				{ name: 'future.json', doc: future },
				{ name: 'shape.json', doc: { kind: 'report', learner: 42 } },
				{ name: 'ok.json', doc: aReport() }
			],
			NOW
		);
		expect(outcomes.map((o) => (o.status === 'refused' ? o.error.code : o.status))).toEqual([
			'future-date',
			expect.any(String),
			'added'
		]);
		expect(outcomes[1]?.status).toBe('refused');
		expect(await db.reports.count()).toBe(1);
	});

	it('saves files and pasted codes, and counts a report imported twice once', async () => {
		const a = aReport();
		const b = aReport({ learnerId: 'learner-2', learner: 'Zhang Wei' });
		const first = await importReports(
			[
				{ name: 'a.json', text: documentFileText(a) },
				...pastedCodes(`${encodeDocument(b)}\n${encodeDocument(a)}`)
			],
			NOW
		);
		expect(first.map((o) => o.status)).toEqual(['added', 'added', 'duplicate']);
		const again = await importReports([{ name: 'a.json', text: documentFileText(a) }], NOW);
		expect(again.map((o) => o.status)).toEqual(['duplicate']);
		expect(await allReports(NOW)).toEqual(expect.arrayContaining([a, b]));
		expect(await db.reports.count()).toBe(2);
	});

	it('refuses bad sources with the reason and still saves the good ones', async () => {
		const outcomes = await importReports(
			[
				{ name: 'bad.json', text: '{"format":' },
				{ name: 'huge.json', text: null },
				{
					name: 'script.json',
					text: documentFileText({ ...aReport(), learner: '<script>alert(1)</script>' })
				},
				{ name: 'ok.json', text: documentFileText(aReport()) }
			],
			NOW
		);
		expect(outcomes.map((o) => (o.status === 'refused' ? o.error.code : o.status))).toEqual([
			'corrupt',
			'too-large',
			'markup',
			'added'
		]);
		expect(await db.reports.count()).toBe(1);
	});

	it('forgets one assignment’s reports', async () => {
		await importReports([{ name: 'a', text: documentFileText(aReport()) }], NOW);
		await removeReportsFor(aReport().assignment.id);
		expect(await db.reports.count()).toBe(0);
	});

	it('refuses hostile reports with their reason and stores none of them', async () => {
		const item = aReport().items[0];
		const outcomes = await importReports(
			[
				{ name: 'twice.json', text: documentFileText({ ...aReport(), items: [item, item] } as never) },
				{ name: 'future.json', text: documentFileText(aReport({ createdAt: 8.64e15 })) },
				{ name: 'rtl.json', text: documentFileText(aReport({ learner: 'Li\u202eaN' })) }
			],
			NOW
		);
		expect(outcomes.map((o) => (o.status === 'refused' ? o.error.code : o.status))).toEqual([
			'duplicate',
			'future-date',
			'hidden-text'
		]);
		expect(await db.reports.count()).toBe(0);
	});

	it('removes one learner’s reports for one assignment, older ones too', async () => {
		const mine = [aReport({ createdAt: 1 }), aReport({ createdAt: 2 })];
		const other = aReport({ learnerId: 'learner-2' });
		await importReports(
			[...mine, other].map((r, i) => ({ name: `${i}`, text: documentFileText(r) })),
			NOW
		);
		await removeLearnerReports(other.assignment.id, 'learner-1');
		expect(await allReports(NOW)).toEqual([other]);
	});
});

describe('reading stored reports', () => {
	it('sets aside rows that no longer read as reports, and each can be removed', async () => {
		const good = aReport();
		await importReports([{ name: 'good', text: documentFileText(good) }], NOW);
		const item = good.items[0];
		const bad = [
			{ id: 'dup', assignmentId: 'a', learnerId: 'l', importedAt: 1, doc: { ...good, items: [item, item] } },
			{
				id: 'future',
				assignmentId: 'a',
				learnerId: 'l',
				importedAt: 1,
				doc: { ...good, createdAt: 8.64e15 }
			},
			{
				id: 'far-due',
				assignmentId: 'a',
				learnerId: 'l',
				importedAt: 1,
				doc: { ...good, assignment: { ...good.assignment, dueAt: 8.64e15 } }
			},
			{ id: 'junk', assignmentId: 'a', learnerId: 'l', importedAt: 1, doc: null },
			{ id: 'shape', doc: { format: 'kehu-chinese', kind: 'report', version: 1 } }
		];
		await db.reports.bulkPut(bad as never);
		const read = await classReports(NOW);
		expect(read.reports.map((r) => r.doc)).toEqual([good]);
		expect(read.unreadable.map((u) => [u.key, u.error.code])).toEqual([
			['dup', 'duplicate'],
			['far-due', 'due-too-far'],
			['future', 'future-date'],
			['junk', 'wrong-kind'],
			['shape', 'invalid']
		]);
		await removeReport('junk');
		expect((await classReports(NOW)).unreadable).toHaveLength(4);
	});
});
