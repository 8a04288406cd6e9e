import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeDelimited } from '../tables/delimited';
import { goodCards, MAX_DECK_ROWS, parseCustomDeck, readPinyin, type ParsedRow } from './custom-deck';

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
