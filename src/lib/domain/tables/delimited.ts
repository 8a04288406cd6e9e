/** CSV and TSV, read and written the RFC 4180 way: quoted fields may hold the separator, quotes and newlines. */

export type Separator = ',' | '\t';

/** Tab when the first line has one, else comma. */
export function guessSeparator(text: string): Separator {
	const firstLine = text.slice(0, text.indexOf('\n') < 0 ? undefined : text.indexOf('\n'));
	return firstLine.includes('\t') ? '\t' : ',';
}

/** Rows of fields; blank lines are kept as [''] so row numbers match the file's lines. */
export function parseDelimited(text: string, separator: Separator = guessSeparator(text)): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	for (; i < text.length; i++) {
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
	if (field !== '' || row.length > 0) {
		row.push(field);
		rows.push(row);
	}
	return rows;
}

/** One field, quoted only when it must be. */
export function quoteField(value: string, separator: Separator): string {
	return value.includes(separator) || /["\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows as text with CRLF line ends (what spreadsheets expect). */
export function writeDelimited(rows: readonly (readonly string[])[], separator: Separator = ','): string {
	return rows.map((r) => r.map((f) => quoteField(f, separator)).join(separator)).join('\r\n') + '\r\n';
}

/** Keeps a spreadsheet from running a cell as a formula (=, +, -, @ at the start). */
export function inertCell(value: string): string {
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
