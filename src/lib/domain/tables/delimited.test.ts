import { describe, expect, it } from 'vitest';
import { guessSeparator, inertCell, parseDelimited, writeDelimited } from './delimited';

describe('delimited text', () => {
	it('reads quoted fields holding separators, quotes and newlines, CRLF or LF, with a BOM', () => {
		const text = '\ufeffhanzi,english\r\n客户,"client, customer"\n"说""好""","two\nlines"\n';
		expect(parseDelimited(text)).toEqual([
			['hanzi', 'english'],
			['客户', 'client, customer'],
			['说"好"', 'two\nlines']
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
