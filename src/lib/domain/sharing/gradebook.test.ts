import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aReport, anAssignment, refOf, stored } from '../../../../tests/factories/sharing';
import { cellType, readSheet, SHEET_SEPARATORS } from '../../../../tests/factories/spreadsheet';
import { classView } from './class-view';
import { GRADEBOOK_COLUMNS, gradebookCsv } from './gradebook';

const labels = { item: (id: string) => `«${id}»`, part: (kind: string, id: string) => `${kind} ${id}` };
const NUMERIC = new Set([4, 5, 6, 7, 8, 9, 10, 11, 12]);
const DAYS = new Set([2, 15]);

/** Every cell of the gradebook as a spreadsheet reading it with commas types it. */
function types(csv: string): string[][] {
	return readSheet(csv, ',', true).map((row) => row.map(cellType));
}

/** Asserts the column types the gradebook promises, and that no reading finds a formula. */
function expectSpreadsheetSafe(csv: string): void {
	const [header, ...rows] = types(csv);
	expect(header?.every((t) => t === 'text')).toBe(true);
	for (const row of rows)
		row.forEach((t, i) => {
			const expected =
				NUMERIC.has(i) || i >= GRADEBOOK_COLUMNS.length
					? ['number', 'empty']
					: DAYS.has(i)
						? ['date']
						: ['text', 'empty'];
			expect(expected, `column ${i}: ${t}`).toContain(t);
		});
	for (const separator of SHEET_SEPARATORS)
		for (const quotes of [true, false])
			expect(readSheet(csv, separator, quotes).flat().map(cellType)).not.toContain('formula');
}

describe('the gradebook', () => {
	const mission = {
		kind: 'mission' as const,
		id: 'count-win-back',
		total: 1,
		seen: 1,
		reviews: 1,
		correct: 1,
		recall: 1,
		timeMs: 0
	};

	it('writes counts as numbers in their own columns, and a progress column per part', () => {
		const report = aReport({
			summary: { ...aReport().summary, missionsDone: 1, missionsTotal: 1 },
			parts: [...aReport().parts, mission]
		});
		const csv = gradebookCsv(classView(stored([report])), labels);
		const [header, row] = readSheet(csv, ',', true);
		expect(header).toEqual([...GRADEBOOK_COLUMNS, 'deck kehu-guanxi %', 'mission count-win-back %']);
		expect(row?.slice(4, 13)).toEqual(['5', '10', '50', '40', '75', '50', '1', '1', '2']);
		expect(row?.slice(-2)).toEqual(['50', '100']);
		expectSpreadsheetSafe(csv);
	});

	it('leaves a part blank for a learner whose report does not have it', () => {
		const csv = gradebookCsv(
			classView(stored([aReport({ learnerId: 'a', parts: [mission] }), aReport({ learnerId: 'b' })])),
			labels
		);
		const rows = readSheet(csv, ',', true);
		expect(rows.map((r) => r.slice(-2))).toEqual([
			['mission count-win-back %', 'deck kehu-guanxi %'],
			['100', ''],
			['', '50']
		]);
	});

	it('keeps hostile and date-like names as text in every reading (property)', () => {
		const risky = fc.constantFrom(
			'=',
			'+',
			'-',
			'@',
			'＝',
			'＠',
			' ',
			'\u200b',
			';',
			',',
			'"',
			"'",
			'1',
			'3',
			'/',
			':',
			'.',
			'Mar',
			'李',
			'a',
			'%',
			'e',
			'\r\n'
		);
		const name = fc.array(risky, { maxLength: 8 }).map((parts) => parts.join(''));
		fc.assert(
			fc.property(name, name, name, name, (learner, title, className, item) => {
				const a = anAssignment({ title, className });
				const report = aReport({ learner, assignment: refOf(a) });
				const csv = gradebookCsv(classView(stored([report])), { item: () => item, part: () => title });
				expectSpreadsheetSafe(csv);
			}),
			{ numRuns: 400 }
		);
	});
});
