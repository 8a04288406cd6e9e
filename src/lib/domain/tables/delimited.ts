/** CSV and TSV, read and written the RFC 4180 way: quoted fields may hold the separator, quotes and newlines. */

export type Separator = ',' | '\t';

const SAMPLE_ROWS = 20;

/** Quotes the separator leaves unbalanced: a closing quote followed by anything but it or a line end. */
function strayQuotes(text: string, separator: Separator): number {
	let stray = 0;
	let quoted = false;
	let fieldStart = true;
	let lines = 0;
	for (let i = 0; i < text.length && lines < SAMPLE_ROWS; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') i++;
			else if (c === '"') {
				quoted = false;
				const next = text[i + 1];
				if (next !== undefined && next !== separator && next !== '\n' && next !== '\r') stray++;
			}
		} else if (c === '"') {
			if (fieldStart) quoted = true;
			else stray++;
		}
		if (!quoted) {
			fieldStart = c === separator || c === '\n' || c === '\r';
			if (c === '\n') lines++;
		}
	}
	return stray;
}

/** How well a separator splits the sample: fewer stray quotes, then fewer different field counts, then more fields. */
function fit(text: string, separator: Separator): [number, number, number] {
	const rows = parseDelimited(text, separator, SAMPLE_ROWS).filter((r) => r.length > 1 || r[0] !== '');
	const counts = rows.map((r) => r.length);
	const mean = counts.reduce((a, b) => a + b, 0) / Math.max(1, counts.length);
	return mean > 1 ? [strayQuotes(text, separator), new Set(counts).size, mean] : [Infinity, Infinity, 0];
}

/**
 * The separator that splits the first rows into the same number of fields most consistently, reading
 * quotes as quotes (a tab inside a quoted field is not a separator); comma when neither splits.
 */
export function guessSeparator(text: string): Separator {
	const [tabStray, tabSpread, tabFields] = fit(text, '\t');
	const [commaStray, commaSpread, commaFields] = fit(text, ',');
	if (tabStray !== commaStray) return tabStray < commaStray ? '\t' : ',';
	if (tabSpread !== commaSpread) return tabSpread < commaSpread ? '\t' : ',';
	// On a tie tab wins: prose has commas, but hardly ever a tab outside quotes.
	return tabFields >= commaFields && tabFields > 0 ? '\t' : ',';
}

/** One row of a table and the line of the text it starts on (1-based). */
export interface DelimitedRow {
	line: number;
	cells: string[];
	/**
	 * The line where a quoted field of this row opens that is never properly closed. The row then
	 * holds the fields before it and the rest of that line as written, quote included.
	 */
	unclosedQuote?: number;
}

function isLineBreak(c: string | undefined): boolean {
	return c === '\n' || c === '\r';
}

/** Index just past the line break that ends the line holding `from` (or the text's length). */
function nextLineStart(text: string, from: number): number {
	let i = from;
	while (i < text.length && !isLineBreak(text[i])) i++;
	return text[i] === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1;
}

/**
 * Rows of fields, each with the line it starts on; blank lines are kept as [''] rows. Stops after
 * `maxRows` rows, so a huge paste costs no more than the rows that will be used.
 *
 * A quoted field may hold separators, doubled quotes and line breaks. One that runs past the end of
 * its line must be closed properly: by a quote followed by the separator, a line end or the end of
 * the text. Otherwise (no closing quote at all, or a quote followed by more text, typically the
 * opening quote of a later field) the quote is unbalanced: its row is reported with `unclosedQuote`,
 * and reading starts again at the line after the one the quote opened on, so one stray quote never
 * swallows the lines below it. Within a single line a field such as "ab"cd still reads as abcd.
 */
export function readDelimited(
	text: string,
	separator: Separator = guessSeparator(text),
	maxRows = Infinity
): DelimitedRow[] {
	const rows: DelimitedRow[] = [];
	let row: string[] = [];
	let field = '';
	let line = 1;
	let rowLine = 1;
	let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	const endRow = () => {
		row.push(field);
		rows.push({ line: rowLine, cells: row });
		row = [];
		field = '';
	};
	while (i < text.length && rows.length < maxRows) {
		const c = text[i];
		if (c === '"' && field === '') {
			const open = i;
			const openLine = line;
			let value = '';
			let closed = false;
			for (i++; i < text.length; i++) {
				const q = text[i];
				if (q === '"' && text[i + 1] === '"') {
					value += '"';
					i++;
				} else if (q === '"') {
					closed = true;
					i++;
					break;
				} else {
					if (q === '\n' || (q === '\r' && text[i + 1] !== '\n')) line++;
					value += q;
				}
			}
			const after = text[i];
			const ended = after === undefined || after === separator || isLineBreak(after);
			if (closed && (line === openLine || ended)) field = value;
			else {
				const next = nextLineStart(text, open);
				row.push(text.slice(open, next).replace(/[\r\n]+$/, ''));
				rows.push({ line: rowLine, cells: row, unclosedQuote: openLine });
				row = [];
				field = '';
				i = next;
				line = rowLine = openLine + 1;
			}
			continue;
		}
		if (c === separator) {
			row.push(field);
			field = '';
		} else if (isLineBreak(c)) {
			if (c === '\r' && text[i + 1] === '\n') i++;
			endRow();
			line++;
			rowLine = line;
		} else field += c;
		i++;
	}
	if (rows.length < maxRows && (field !== '' || row.length > 0)) endRow();
	return rows;
}

/** The fields of `readDelimited`'s rows. */
export function parseDelimited(
	text: string,
	separator: Separator = guessSeparator(text),
	maxRows = Infinity
): string[][] {
	return readDelimited(text, separator, maxRows).map((r) => r.cells);
}

/** One field, quoted when it holds either separator, a quote or a line break, so any reader splits it alike. */
export function quoteField(value: string): string {
	return /[,\t"\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows as text with CRLF line ends (what spreadsheets expect). */
export function writeDelimited(rows: readonly (readonly string[])[], separator: Separator = ','): string {
	return rows.map((r) => r.map((f) => quoteField(f)).join(separator)).join('\r\n') + '\r\n';
}

/** Keeps a spreadsheet from running a cell as a formula (=, +, -, @ at the start). */
export function inertCell(value: string): string {
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
