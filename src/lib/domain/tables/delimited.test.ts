import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	guessSeparator,
	inertCell,
	parseDelimited,
	readDelimited,
	writeDelimited,
	type Separator
} from './delimited';

describe('delimited text', () => {
	it('reads quoted fields holding separators, quotes and newlines, CRLF or LF, with a BOM', () => {
		const text = '\ufeffhanzi,english\r\n客户,"client, customer"\n"说""好""","two\nlines"\n';
		expect(parseDelimited(text)).toEqual([
			['hanzi', 'english'],
			['客户', 'client, customer'],
			['说"好"', 'two\nlines']
		]);
	});

	it('numbers each row by the line it starts on, across quoted line breaks and CRLF', () => {
		const text = '客户,"two\r\nlines"\r\n\r\n流失,churn\r\n';
		expect(readDelimited(text, ',')).toEqual([
			{ line: 1, cells: ['客户', 'two\r\nlines'] },
			{ line: 3, cells: [''] },
			{ line: 4, cells: ['流失', 'churn'] }
		]);
	});

	it('reports a quote left open at the end and reads on from the next line', () => {
		expect(readDelimited('客户,"client,ke4hu4\n流失,churn,liu2shi1', ',')).toEqual([
			{ line: 1, cells: ['客户', '"client,ke4hu4'], unclosedQuote: 1 },
			{ line: 2, cells: ['流失', 'churn', 'liu2shi1'] }
		]);
	});

	it('does not let a quote pair up with the opening quote of a later line', () => {
		expect(readDelimited('a,"b\r\nc,"d",e\r\nf,g\r\n', ',')).toEqual([
			{ line: 1, cells: ['a', '"b'], unclosedQuote: 1 },
			{ line: 2, cells: ['c', 'd', 'e'] },
			{ line: 3, cells: ['f', 'g'] }
		]);
	});

	it('names the line the open quote is on when the row started earlier', () => {
		expect(readDelimited('"one\ntwo","three\nfour\n', ',')).toEqual([
			{ line: 1, cells: ['one\ntwo', '"three'], unclosedQuote: 2 },
			{ line: 3, cells: ['four'] }
		]);
	});

	it('guesses tab when the first line has one', () => {
		expect(guessSeparator('客户\tclient\n')).toBe('\t');
		expect(guessSeparator('客户,client')).toBe(',');
		expect(parseDelimited('客户\tclient, customer')).toEqual([['客户', 'client, customer']]);
	});

	it('round-trips what it writes', () => {
		const rows = [
			['a', 'b,c', 'd"e'],
			['多行\n文本', '', '\t']
		];
		expect(parseDelimited(writeDelimited(rows))).toEqual(rows);
		expect(parseDelimited(writeDelimited(rows, '\t'), '\t')).toEqual(rows);
	});

	it('makes formula-looking cells inert', () => {
		expect(['=1+1', '+1', '-2', '@SUM(A1)', '李娜'].map(inertCell)).toEqual([
			"'=1+1",
			"'+1",
			"'-2",
			"'@SUM(A1)",
			'李娜'
		]);
	});
});

describe('round trips under fuzzing', () => {
	// Fields full of the characters that break naive readers: both separators, quotes and line breaks.
	const field = fc.oneof(
		fc.string({ maxLength: 12 }),
		fc.stringMatching(/^[a-z客户\t,"\r\n ]{0,10}$/),
		fc.constantFrom('\t', ',', '"', '\n', '\r\n', '"a\tb"', 'a,b', '')
	);

	it('20,000 generated rows survive writing and reading back, as CSV and as TSV', { timeout: 60_000 }, () => {
		let rows = 0;
		fc.assert(
			fc.property(
				fc.integer({ min: 2, max: 5 }).chain((width) =>
					fc.array(fc.array(field, { minLength: width, maxLength: width }), {
						minLength: 50,
						maxLength: 100
					})
				),
				fc.constantFrom<Separator>(',', '\t'),
				(table, separator) => {
					rows += table.length;
					expect(parseDelimited(writeDelimited(table, separator))).toEqual(table);
				}
			),
			{ numRuns: 400, seed: 20_000 }
		);
		expect(rows).toBeGreaterThanOrEqual(20_000);
	});

	it('any text reads as rows of strings without throwing', { timeout: 60_000 }, () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), (text) => {
				for (const row of parseDelimited(text)) for (const cell of row) expect(typeof cell).toBe('string');
			}),
			{ numRuns: 2000 }
		);
	});
});
