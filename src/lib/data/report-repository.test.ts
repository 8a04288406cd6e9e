import { beforeEach, describe, expect, it } from 'vitest';
import { aReport } from '../../../tests/factories/sharing';
import { aFreshDatabase } from '../../../tests/factories/database';
import { documentFileText, encodeDocument } from '$lib/domain/sharing/codec';
import type { AppDatabase } from './db';
import { allReports, importReports, pastedCodes, removeReportsFor } from './report-repository';

let db: AppDatabase;
beforeEach(() => {
	db = aFreshDatabase();
});

describe('importing reports', () => {
	it('saves files and pasted codes, and counts a report imported twice once', async () => {
		const a = aReport();
		const b = aReport({ learnerId: 'learner-2', learner: 'Zhang Wei' });
		const first = await importReports(
			[
				{ name: 'a.json', text: documentFileText(a) },
				...pastedCodes(`${encodeDocument(b)}\n${encodeDocument(a)}`)
			],
			1
		);
		expect(first.map((o) => o.status)).toEqual(['added', 'added', 'duplicate']);
		const again = await importReports([{ name: 'a.json', text: documentFileText(a) }], 2);
		expect(again.map((o) => o.status)).toEqual(['duplicate']);
		expect(await allReports()).toEqual(expect.arrayContaining([a, b]));
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
			1
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
		await importReports([{ name: 'a', text: documentFileText(aReport()) }], 1);
		await removeReportsFor(aReport().assignment.id);
		expect(await db.reports.count()).toBe(0);
	});
});
