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

/**
 * Rows of fields; blank lines are kept as [''] so row numbers match the file's lines. Stops after
 * `maxRows` rows, so a huge paste costs no more than the rows that will be used.
 */
export function parseDelimited(
	text: string,
	separator: Separator = guessSeparator(text),
	maxRows = Infinity
): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	for (; i < text.length && rows.length < maxRows; i++) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"' && field === '') quoted = true;
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
	if (rows.length < maxRows && (field !== '' || row.length > 0)) {
		row.push(field);
		rows.push(row);
	}
	return rows;
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
