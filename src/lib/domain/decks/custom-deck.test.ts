import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeDelimited } from '../tables/delimited';
import {
	customCardIssues,
	goodCards,
	MAX_DECK_ROWS,
	parseCustomDeck,
	readPinyin,
	type CustomCard,
	type ParsedRow
} from './custom-deck';

const fill = (hanzi: string) => [...hanzi].map(() => 'x');
const problems = (rows: ParsedRow[]) =>
	rows.map((r) => (r.ok ? 'ok' : r.issues.map((i) => i.problem).join('+')));

describe('parseCustomDeck', () => {
	it('reads hanzi, English, pinyin, level and tags, with or without a header', () => {
		const rows = parseCustomDeck('hanzi,english,pinyin,level,tags\n客户,client,ke4hu4,a2,crm sales\n', null);
		expect(rows).toEqual([
			{
				line: 2,
				ok: true,
				pinyinFilled: false,
				card: { hanzi: '客户', english: 'client', pinyin: ['kè', 'hù'], level: 'A2', tags: ['crm', 'sales'] }
			}
		]);
		expect(goodCards(parseCustomDeck('客户\tclient\tkè hù\n', null))[0]?.pinyin).toEqual(['kè', 'hù']);
	});

	it('maps columns by header name in any order, in Chinese too', () => {
		const rows = parseCustomDeck('英文,汉字\nclient,客户\n', fill);
		expect(goodCards(rows)[0]).toMatchObject({ hanzi: '客户', english: 'client', pinyin: ['x', 'x'] });
	});

	it('fills missing pinyin through the filler and says so', () => {
		const [row] = parseCustomDeck('客服,agent', (h) => (h === '客服' ? ['kè', 'fú'] : []));
		expect(row).toMatchObject({ ok: true, pinyinFilled: true, card: { pinyin: ['kè', 'fú'] } });
		expect(problems(parseCustomDeck('客服,agent', null))).toEqual(['pinyin-missing']);
	});

	it('reports every bad row with its line number and keeps the good ones', () => {
		const text = [
			'客户,client',
			',no hanzi',
			'hello,not chinese',
			'客服,',
			'留存率,retention,liu2cun2',
			'流失,churn,liu shi',
			'维护,maintain,wei2hu4,Z9',
			'<b>客</b>,markup',
			'客户,client again',
			'',
			'投诉,complaint,,B1,bad<tag'
		].join('\n');
		const rows = parseCustomDeck(text, fill);
		expect(rows.map((r) => r.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 11]);
		expect(problems(rows)).toEqual([
			'ok',
			'hanzi-missing',
			'hanzi-not-chinese',
			'english-missing',
			'pinyin-count',
			'pinyin-tones',
			'level-invalid',
			'markup',
			'duplicate',
			'markup+tag-invalid'
		]);
		expect(goodCards(rows)).toHaveLength(1);
	});

	it('reports a quote that is never closed on its own line and still reads the lines after it', () => {
		const rows = parseCustomDeck('客户,"client,ke4hu4\n流失,churn,liu2shi1', null);
		expect(rows).toEqual([
			{
				line: 1,
				ok: false,
				cells: ['客户', '"client,ke4hu4'],
				issues: [{ problem: 'quote-unclosed', detail: '1' }]
			},
			{
				line: 2,
				ok: true,
				pinyinFilled: false,
				card: { hanzi: '流失', english: 'churn', pinyin: ['liú', 'shī'], level: null, tags: [] }
			}
		]);
	});

	it('reads a closed quoted meaning over two lines as one line, numbering later rows by their own line', () => {
		const rows = parseCustomDeck('客户,"client,\r\ncustomer",ke4hu4\r\n流失,churn,liu2shi1\r\n', null);
		expect(rows.map((r) => r.line)).toEqual([1, 3]);
		expect(goodCards(rows).map((c) => c.english)).toEqual(['client, customer', 'churn']);
	});

	it('reads CRLF files like LF files', () => {
		const text = 'hanzi,english,pinyin\r\n客户,client,ke4hu4\r\n流失,churn,liu2shi1\r\n';
		expect(parseCustomDeck(text, null)).toEqual(parseCustomDeck(text.replace(/\r\n/g, '\n'), null));
		expect(goodCards(parseCustomDeck(text, null)).map((c) => c.pinyin)).toEqual([
			['kè', 'hù'],
			['liú', 'shī']
		]);
	});

	it('refuses invisible and direction-changing characters in any column', () => {
		const text = [
			'客户,cli\u202Eent,ke4hu4',
			'流失,\u200B\u200B',
			'维护,maintain,wei2\u2066hu4',
			'投诉,complaint'
		].join('\n');
		const rows = parseCustomDeck(text, fill);
		expect(problems(rows)).toEqual(['hidden-text', 'hidden-text', 'hidden-text', 'ok']);
		const [first] = rows;
		expect(first?.ok === false && first.cells.join('')).not.toMatch(/\u202E/);
	});

	it('caps the number of rows', () => {
		const rows = parseCustomDeck(Array.from({ length: 2001 }, (_, i) => `字${i},w${i}`).join('\n'), fill);
		expect(rows.at(-1)).toMatchObject({ ok: false, issues: [{ problem: 'too-many-rows' }] });
		expect(goodCards(rows)).toHaveLength(2000);
	});
});

describe('readPinyin', () => {
	it('accepts tone numbers, marks and ü as v, one syllable per character', () => {
		expect(readPinyin('lv4se4', '绿色')).toEqual(['lǜ', 'sè']);
		expect(readPinyin('Kè Hù', '客户')).toEqual(['kè', 'hù']);
		expect(readPinyin('zhe5', '着')).toEqual(['zhe']);
		expect(readPinyin('xyz', '字')).toMatchObject({ problem: 'pinyin-invalid' });
	});

	it('reads unmarked syllables as neutral tones, with any spacing', () => {
		expect(readPinyin('péngyou', '朋友')).toEqual(['péng', 'you']);
		expect(readPinyin('xièxie', '谢谢')).toEqual(['xiè', 'xie']);
		expect(readPinyin('tā men de kè hù', '他们的客户')).toEqual(['tā', 'men', 'de', 'kè', 'hù']);
		expect(readPinyin('zuò kè fú de', '做客服的')).toEqual(['zuò', 'kè', 'fú', 'de']);
		expect(readPinyin('de', '的')).toEqual(['de']);
	});

	it('refuses tone numbers other than 1–5 and 0, naming the syllable', () => {
		expect(readPinyin('ke9hu4', '客户')).toEqual({ problem: 'pinyin-tone-number', detail: 'ke9' });
		expect(readPinyin('liu0shi7', '流失')).toEqual({ problem: 'pinyin-tone-number', detail: 'shi7' });
		expect(readPinyin('ke44 hu4', '客户')).toEqual({ problem: 'pinyin-tone-number', detail: 'ke44' });
		expect(readPinyin('liu0shi1', '流失')).toEqual(['liu', 'shī']);
		expect(readPinyin('ke4 hu5', '客户')).toEqual(['kè', 'hu']);
		expect(problems(parseCustomDeck('客户,client,ke9hu4\n流失,churn,liu0shi7', null))).toEqual([
			'pinyin-tone-number',
			'pinyin-tone-number'
		]);
	});

	it('still asks for tones when a word has none at all', () => {
		expect(readPinyin('kehu', '客户')).toMatchObject({ problem: 'pinyin-tones' });
	});

	it('reads erhua over the syllable before 儿, and citation or sandhi tones as written', () => {
		expect(readPinyin('yí huìr', '一会儿')).toEqual(['yí', 'huìr', '']);
		expect(readPinyin('yǒudiǎnr', '有点儿')).toEqual(['yǒu', 'diǎnr', '']);
		expect(readPinyin('yi2 hui4r', '一会儿')).toEqual(['yí', 'huìr', '']);
		expect(readPinyin('yī huì er', '一会儿')).toEqual(['yī', 'huì', 'er']);
		expect(readPinyin('bú shì', '不是')).toEqual(['bú', 'shì']);
		expect(readPinyin('bù shì', '不是')).toEqual(['bù', 'shì']);
		expect(readPinyin("nǚ'ér", '女儿')).toEqual(['nǚ', 'ér']);
	});
});

describe('customCardIssues', () => {
	const card = (over: Partial<CustomCard>): CustomCard => ({
		hanzi: '客户',
		english: 'client',
		pinyin: ['kè', 'hù'],
		level: null,
		tags: [],
		...over
	});
	const fields = (c: CustomCard) => customCardIssues(c).map((i) => `${i.field}:${i.problem}`);

	it('finds nothing wrong with a card the import makes, typed or filled pinyin, erhua included', () => {
		expect(fields(card({}))).toEqual([]);
		expect(fields(card({ hanzi: '一会儿', pinyin: ['yí', 'huìr', ''] }))).toEqual([]);
		expect(fields(card({ hanzi: '一会儿', pinyin: ['yī', 'huì', 'er'] }))).toEqual([]);
		expect(fields(card({ hanzi: '谢谢', pinyin: ['xiè', 'xie'] }))).toEqual([]);
		expect(fields(card({ hanzi: '绿色的', pinyin: ['lǜ', 'sè', 'de'], tags: ['colour'] }))).toEqual([]);
	});

	it('names the field of a card the import would refuse', () => {
		expect(fields(card({ hanzi: '', english: '', pinyin: ['a', 'b', 'c'] }))).toEqual([
			'hanzi:hanzi-missing',
			'english:english-missing',
			'pinyin:pinyin-count'
		]);
		expect(fields(card({ hanzi: 'abc', english: 'x', pinyin: [] }))).toEqual(['hanzi:hanzi-not-chinese']);
		expect(fields(card({ pinyin: ['kè'] }))).toEqual(['pinyin:pinyin-count']);
		expect(fields(card({ pinyin: ['kè', 'xyz'] }))).toEqual(['pinyin:pinyin-invalid']);
		expect(fields(card({ pinyin: ['kè', ''] }))).toEqual(['pinyin:pinyin-invalid']);
		expect(fields(card({ english: '<b>client</b>' }))).toEqual(['english:markup']);
		expect(fields(card({ tags: ['bad tag'] }))).toEqual(['tags:tag-invalid']);
	});

	it('passes every card the import accepts', () => {
		const text = [
			'客户,client,ke4hu4',
			'一会儿,a moment,yi2 hui4r',
			'朋友,friend,péngyou',
			'女儿,daughter'
		].join('\n');
		const cards = goodCards(parseCustomDeck(text, (h) => (h === '女儿' ? ['nǚ', 'ér'] : [])));
		expect(cards).toHaveLength(4);
		for (const c of cards) expect(customCardIssues(c)).toEqual([]);
	});
});

describe('parseCustomDeck under fuzzing', () => {
	const cell = fc.oneof(
		fc.string({ maxLength: 10 }),
		fc.constantFrom(
			'客户',
			'一会儿',
			'質量問題',
			'yí huìr',
			'ke4hu4',
			'péngyou',
			'B1',
			'<b>',
			'"',
			'\t',
			',',
			''
		)
	);

	it('any table reads as good cards or rows with named problems, never a throw', { timeout: 60_000 }, () => {
		fc.assert(
			fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 30 }), (table) => {
				const rows = parseCustomDeck(writeDelimited(table, ','), fill);
				for (const row of rows) {
					if (row.ok)
						expect(row.card.pinyin).toHaveLength(row.card.hanzi.match(/\p{Script=Han}/gu)?.length ?? 0);
					else expect(row.issues.length).toBeGreaterThan(0);
				}
			}),
			{ numRuns: 1500 }
		);
	});

	it('stops reading at the row cap, whatever follows', () => {
		const text = Array.from({ length: 100_000 }, (_, i) => `字${i},w${i}`).join('\n');
		const rows = parseCustomDeck(text, fill);
		expect(rows).toHaveLength(MAX_DECK_ROWS + 1);
		expect(rows.at(-1)).toMatchObject({ line: MAX_DECK_ROWS + 1, issues: [{ problem: 'too-many-rows' }] });
	});

	it('counts the cap in rows, not lines, when blank lines come between them', () => {
		const text = Array.from({ length: 3 * MAX_DECK_ROWS }, (_, i) => `字${i},w${i}\n\n`).join('');
		const rows = parseCustomDeck(text, fill);
		expect(rows.filter((r) => r.ok)).toHaveLength(MAX_DECK_ROWS);
		expect(rows.at(-1)).toMatchObject({
			line: 2 * MAX_DECK_ROWS + 1,
			issues: [{ problem: 'too-many-rows' }]
		});
	});
});
