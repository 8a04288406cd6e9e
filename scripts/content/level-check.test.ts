import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/lib/content/types';
import {
	cefrOfHsk,
	checkHskFields,
	checkLevels,
	cutWords,
	knownWords,
	parseAllowances,
	parseHskWords
} from './level-check';
import type { Problem } from './problems';
import { realEntries } from './real-content';

const HSK = parseHskWords(
	'# comment\n的\t1\n我\t1\n们\t1\n我们\t1\n客户\t5\n服务\t2\n很\t1\n好\t1\n每天\t1\n平均\t4\n天平\t7\n'
);

function entry(examples: { level: Entry['level']; zh: string; note?: string }[]): Entry {
	return {
		id: 'fuwu',
		hanzi: '服务',
		forms: [],
		level: 'A1',
		examples: examples.map((x) => ({ en: '', segments: [], note: '', ...x })),
		collocations: [],
		mistakes: [],
		situations: []
	} as unknown as Entry;
}

describe('the level check', () => {
	it('maps HSK 3.0 levels to CEFR as the README states', () => {
		expect([1, 2, 3, 4, 5, 6, 7].map(cefrOfHsk)).toEqual(['A1', 'A2', 'B1', 'B1', 'B2', 'B2', 'C1']);
	});

	it('reports a word above the example level, and passes the headword', () => {
		const { problems } = checkLevels([entry([{ level: 'A1', zh: '我们的客户很好。' }])], HSK, []);
		expect(problems).toHaveLength(1);
		expect(problems[0]?.path).toBe('examples[0]');
		expect(problems[0]?.message).toContain('客户 (B2) above A1');
		expect(checkLevels([entry([{ level: 'A1', zh: '我们的服务很好。' }])], HSK, []).problems).toEqual([]);
	});

	it('passes a word the note glosses, and one allowed with a reason at that level', () => {
		const glossed = entry([{ level: 'A1', zh: '我们的客户很好。', note: '客户 is a client.' }]);
		expect(checkLevels([glossed], HSK, []).problems).toEqual([]);
		const allowed = [{ word: '客户', level: 'A1' as const, reason: 'taught first' }];
		expect(checkLevels([entry([{ level: 'A1', zh: '我们的客户很好。' }])], HSK, allowed).problems).toEqual(
			[]
		);
	});

	it('counts a word in no list as C1, so it fails below C1', () => {
		const at = (level: Entry['level']) =>
			checkLevels([entry([{ level, zh: '我们很好客。' }])], HSK, []).problems;
		expect(at('B2')[0]?.message).toContain('beyond HSK 3.0');
		expect(at('C1')).toEqual([]);
	});

	it('cuts by longest match from both ends, keeping the cut with fewer words above the level', () => {
		const known = knownWords(HSK, [], []);
		expect(cutWords('每天平均', known, 'B1').map((w) => w.text)).toEqual(['每天', '平均']);
		expect(cutWords('三天很好', known, 'A1').map((w) => w.text)).toEqual(['三天', '很', '好']);
	});

	it('flags an allowance no item needs, and one without a reason', () => {
		const unused = [{ word: '天平', level: 'A1' as const, reason: 'unused' }];
		const { problems } = checkLevels([entry([{ level: 'A1', zh: '我们很好。' }])], HSK, unused, 'allow.yaml');
		expect(problems).toEqual([
			{ file: 'allow.yaml', path: '[0]', message: '天平 is allowed but no item needs it' }
		]);
		const bad: Problem[] = [];
		parseAllowances({ path: 'allow.yaml', text: '- word: 天平\n  level: A1\n' }, bad);
		expect(bad[0]?.message).toContain('reason');
	});
});

describe('the hsk field', () => {
	const withHsk = (hanzi: string, hsk?: number) => ({ ...entry([]), hanzi, hsk }) as Entry;

	it('must match the HSK 3.0 list, and be left out for a word in no list', () => {
		expect(checkHskFields([withHsk('服务', 2), withHsk('客服')], HSK)).toEqual([]);
		expect(checkHskFields([withHsk('服务', 3)], HSK)[0]?.message).toContain('服务 is HSK 2');
		expect(checkHskFields([withHsk('客服', 5)], HSK)[0]?.message).toContain('in no HSK 3.0 list');
		expect(checkHskFields([withHsk('天平')], HSK)[0]?.message).toContain('7–9 (write 7)');
	});
});

describe('the real content', () => {
	it('uses words at or below each example, mistake and situation level', () => {
		const hsk = parseHskWords(readFileSync('content/hsk30-words.tsv', 'utf8'));
		const problems: Problem[] = [];
		const allowances = parseAllowances(
			{ path: 'content/level-allowlist.yaml', text: readFileSync('content/level-allowlist.yaml', 'utf8') },
			problems
		);
		const result = checkLevels(realEntries(), hsk, allowances);
		expect([...problems, ...result.problems, ...checkHskFields(realEntries(), hsk)]).toEqual([]);
		expect(result.checked).toBeGreaterThan(500);
	});
});
