/**
 * A test oracle that reads CSV the way spreadsheet programs do: with any of the separators they offer,
 * with or without honouring quotes, then guesses each cell's type as their import does.
 */

export type SheetSeparator = ',' | ';' | '\t';
export type CellType = 'empty' | 'text' | 'number' | 'date' | 'formula';

export const SHEET_SEPARATORS: readonly SheetSeparator[] = [',', ';', '\t'];

/** Lines split on `separator`; with `quotes`, a quote opening a field runs to its closing quote (leniently). */
export function readSheet(text: string, separator: SheetSeparator, quotes: boolean): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (quotes && c === '"' && field === '') quoted = true;
		else if (c === separator) {
			row.push(field);
			field = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && text[i + 1] === '\n') i++;
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
		} else field += c;
	}
	if (field !== '' || row.length > 0) rows.push([...row, field]);
	return rows;
}

const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const DATES = [
	/^\d{1,4}[-/.]\d{1,2}([-/.]\d{1,4})?$/,
	new RegExp(`^\\d{1,2}[-\\s/]?${MONTH}([-\\s/,]*\\d{1,4})?$`, 'i'),
	new RegExp(`^${MONTH}[-\\s/]?\\d{1,4}([-\\s/,]*\\d{1,4})?$`, 'i'),
	/^(\d{2,4}年)?\d{1,2}月(\d{1,2}日)?$/,
	/^\d{1,2}:\d{2}(:\d{2})?(\s?[ap]m?)?$/i
];
const NUMBERS = [
	/^[+-]?[$€£¥]?\s?(\d[\d,]*)?\.?\d+(e[+-]?\d+)?\s?%?$/i,
	/^\(\d[\d,.]*\)$/,
	/^(true|false)$/i
];

/** The type a spreadsheet gives a cell when it opens the file. */
export function cellType(cell: string): CellType {
	if (cell === '') return 'empty';
	if (cell.startsWith("'")) return 'text';
	const lead = cell.replace(/^[\s\u200B-\u200D\u2060\uFEFF"]*/u, '');
	const t = cell.trim();
	if (NUMBERS.some((r) => r.test(t))) return 'number';
	if (/^[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\t\r]/u.test(lead)) return 'formula';
	if (DATES.some((r) => r.test(t))) return 'date';
	return 'text';
}
