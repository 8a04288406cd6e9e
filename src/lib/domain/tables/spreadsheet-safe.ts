/**
 * Cells a spreadsheet will open as text, whatever separator and locale it reads the file with: no
 * formulas, and no name or title silently turned into a date or a number.
 */

/** What a spreadsheet skips before deciding a cell is a formula: spaces, zero-width characters, quotes. */
const IGNORED_LEAD = /^[\s\u200B-\u200D\u2060\uFEFF"]*/u;
/** Characters that start a formula, in ASCII and full width; tab and CR start one in some programs. */
const FORMULA_START = /^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\t\r]/u;
/** Where a spreadsheet may start a new cell: the separators it may split on, and line breaks when it ignores quotes. */
const SEPARATOR_AFTER = /(?<=[,;\t\r\n])/u;
/** Digits with the punctuation of numbers, dates, times, money and percentages, and nothing else. */
const NUMBER_OR_DATE = /^[\s\d.,:/\-+%$€£¥()年月日]*\d[\s\d.,:/\-+%$€£¥()年月日eE]*$/u;
const MONTH_DATE =
	/^(\d{1,2}[\s\-/.]*)?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?([\s\-/.,]*\d{1,4})*$/iu;
const BOOLEAN = /^(true|false)$/iu;

function startsFormula(segment: string): boolean {
	return FORMULA_START.test(segment.replace(IGNORED_LEAD, ''));
}

/** Whether a spreadsheet would read this text as a number, a date, a time or a truth value. */
export function looksLikeValue(text: string): boolean {
	const t = text.trim();
	return NUMBER_OR_DATE.test(t) || (MONTH_DATE.test(t) && /\d/.test(t)) || BOOLEAN.test(t);
}

/** Text that no spreadsheet runs: an apostrophe before the cell and before any part after a separator that would start a formula. */
export function inertFormula(value: string): string {
	return value
		.split(SEPARATOR_AFTER)
		.map((part) => (startsFormula(part) ? `'${part}` : part))
		.join('');
}

/** Text a spreadsheet keeps as text: inert, and with an apostrophe before anything it would read as a number or a date. */
export function inertText(value: string): string {
	const inert = inertFormula(value);
	return inert === value && looksLikeValue(value) ? `'${value}` : inert;
}

/** One field, always quoted, so a separator inside it never splits it when read with that separator. */
export function quotedField(value: string): string {
	return `"${value.replace(/"/g, '""')}"`;
}

/** A gradebook cell: text, a number (blank when not finite), or a calendar day given as epoch ms. */
export type Cell = string | number | { day: number };

function cellText(c: Cell): string {
	if (typeof c === 'string') return inertText(c);
	if (typeof c === 'number') return Number.isFinite(c) ? String(c) : '';
	return Math.abs(c.day) <= 8.64e15 ? new Date(c.day).toISOString().slice(0, 10) : '';
}

/** Rows as CSV with every field quoted and CRLF line ends: text made inert, numbers and days as spreadsheets read them. */
export function spreadsheetCsv(rows: readonly (readonly Cell[])[]): string {
	return rows.map((r) => r.map((c) => quotedField(cellText(c))).join(',')).join('\r\n') + '\r\n';
}
