import { expect, it } from 'vitest';
import { parseDelimited } from '../tables/delimited';
import { cellType, readSheet, SHEET_SEPARATORS } from '../../../../tests/factories/spreadsheet';
import { ANKI_COLUMNS, ankiTsv } from './anki';

it('writes Anki headers, then one quoted-as-needed line per note with its tags', () => {
	const text = ankiTsv('客户关系', [
		{ hanzi: '客户', pinyin: ['kè', 'hù'], english: 'client', level: 'A2', tags: ['crm term'] },
		{ hanzi: '"说"', pinyin: ['shuō'], english: 'say\tit\nnow', level: '', tags: [] }
	]);
	const lines = text.split('\n');
	expect(lines.slice(0, 5)).toEqual([
		'#separator:tab',
		'#html:false',
		'#deck:Kehu Chinese::客户关系',
		'#tags column:6',
		`#columns:${ANKI_COLUMNS.join('\t')}`
	]);
	const rows = parseDelimited(lines.slice(5).join('\n'), '\t');
	expect(rows).toEqual([
		['客户', 'kè hù — client', 'kè hù', 'client', 'A2', 'kehu crm_term'],
		['"说"', 'shuō — say it now', 'shuō', 'say it now', '', 'kehu']
	]);
});

it('quotes every field and keeps formulas inert, in Anki and in a spreadsheet', () => {
	const text = ankiTsv('x', [
		{ hanzi: '@客户', pinyin: ['kè'], english: '=HYPERLINK("http://x","y")', level: '-1', tags: ['+t'] }
	]);
	const line = text.split('\n')[5] ?? '';
	expect(line.startsWith('"\'@客户"\t')).toBe(true);
	const [row] = parseDelimited(line, '\t');
	expect(row?.[3]).toBe('\'=HYPERLINK("http://x","y")');
	for (const separator of SHEET_SEPARATORS)
		for (const quotes of [true, false])
			expect(readSheet(line, separator, quotes).flat().map(cellType)).not.toContain('formula');
});
