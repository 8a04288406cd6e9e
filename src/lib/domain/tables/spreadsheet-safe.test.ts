import { describe, expect, it } from 'vitest';
import { cellType, readSheet, SHEET_SEPARATORS } from '../../../../tests/factories/spreadsheet';
import { inertFormula, inertText, looksLikeValue, spreadsheetCsv } from './spreadsheet-safe';

/** Payloads from the hardening run and the usual formula-injection lists. */
const HOSTILE = [
	'=HYPERLINK("http://x","click")',
	"Li;=cmd|' /C calc'!A0",
	'Li,=1+1',
	'Li\t=1+1',
	'  =1+1',
	'\u200b=1+1',
	'\ufeff=1+1',
	'＝1+1',
	'＋1',
	'－1',
	'＠SUM(A1)',
	'@SUM(A1:A2)',
	'+1+1',
	'-2+3',
	'\t=1',
	'\r=1',
	'a;"=1',
	'a," =1',
	'a;\u200b＠x'
];

describe('spreadsheet-safe cells', () => {
	it('no separator a spreadsheet may use turns a hostile value into a formula', () => {
		const text = spreadsheetCsv([HOSTILE]);
		for (const separator of SHEET_SEPARATORS)
			for (const quotes of [true, false])
				for (const cell of readSheet(text, separator, quotes).flat())
					expect(cellType(cell), `${JSON.stringify(cell)} read with ${JSON.stringify(separator)}`).not.toBe(
						'formula'
					);
	});

	it('reads back every value as text, quoted, with the apostrophe a spreadsheet hides', () => {
		const [row] = readSheet(spreadsheetCsv([HOSTILE]), ',', true);
		expect(row).toHaveLength(HOSTILE.length);
		expect(row?.[1]).toBe("Li;'=cmd|' /C calc'!A0");
		expect(row?.map(cellType).every((t) => t === 'text')).toBe(true);
	});

	it('keeps names that look like dates or numbers as text, and writes real numbers and days as such', () => {
		const names = ['3-1', '1/1', '2026-01', 'Mar 3', '12:30', '0012', 'TRUE', '1e5', '3年1班', 'Week 3'];
		const text = spreadsheetCsv([[...names, 7, { day: Date.UTC(2026, 0, 1) }, Number.NaN]]);
		const [row] = readSheet(text, ',', true);
		expect(row?.map(cellType)).toEqual([...names.map(() => 'text'), 'number', 'date', 'empty']);
		expect(row?.slice(-3, -1)).toEqual(['7', '2026-01-01']);
	});

	it('changes plain text not at all', () => {
		for (const s of ['Li Na 李娜', 'Week 3: 客户关系', 'a-b', 'x=y', ''])
			expect([inertText(s), inertFormula(s)]).toEqual([s, s]);
		expect(looksLikeValue('3年1班')).toBe(false);
	});
});
