import { describe, expect, it } from 'vitest';
import { aDrill, aQuiz } from '../../../../tests/factories/practice';
import { ResponseError, typedMatches } from './grading';
import { seededRandom } from './random';
import { gradeResponse } from './registry';
import { correctSentence } from './types/correct-sentence';
import { fillGap } from './types/fill-gap';
import { matchPairs } from './types/match';

const random = seededRandom(7);

describe('typedMatches', () => {
	it('accepts full-width and half-width punctuation, spaces and a dropped full stop alike', () => {
		expect(typedMatches(['我们要建立客户关系。'], ' 我们 要建立客户关系. ')).toBe(true);
		expect(typedMatches(['如有疑问，请拨打热线。'], '如有疑问,请拨打热线')).toBe(true);
		expect(typedMatches(['留存率（liúcún lǜ）又提高了。'], '留存率(liu2cun2 lv4)又提高了')).toBe(true);
	});

	it('rejects a different answer and an empty one', () => {
		expect(typedMatches(['建立'], '做')).toBe(false);
		expect(typedMatches(['建立'], '  ')).toBe(false);
	});
});

describe('gradeResponse', () => {
	it('grades typed pinyin with tone numbers or marks, and files a tone slip as a tone mistake', () => {
		const q = fillGap(aDrill(), 'pinyin', random);
		expect(gradeResponse(q, { mode: 'type', text: 'wei2hu4' }).correct).toBe(true);
		expect(gradeResponse(q, { mode: 'type', text: 'wéi hù' }).correct).toBe(true);
		const wrong = gradeResponse(q, { mode: 'type', text: 'wei2hu2' });
		expect(wrong.correct).toBe(false);
		expect(wrong.outcomes[0]).toMatchObject({
			kind: 'tone',
			expected: '销售经理每周维护客户关系 wéi hù',
			given: 'wéihú'
		});
		expect(wrong.outcomes[0]?.note).toContain('hù 2→4');
	});

	it('files wrong letters in typed pinyin as a collocation mistake', () => {
		const q = fillGap(aDrill(), 'pinyin', random);
		expect(gradeResponse(q, { mode: 'type', text: 'zuo4' }).outcomes[0]?.kind).toBe('collocation');
	});

	it('shows a gap answer in its frame', () => {
		const q = fillGap(aDrill({ sentence: undefined }), 'choose', random);
		if (q.mode !== 'choose') throw new Error('expected a choice');
		const wrong = q.options.indexOf('做');
		expect(gradeResponse(q, { mode: 'choose', choice: wrong }).outcomes[0]).toMatchObject({
			expected: '维护客户关系',
			given: '做客户关系'
		});
	});

	it('accepts any correction the content gives', () => {
		const q = correctSentence(aQuiz({ fixed: ['我们要建立客户关系。', '我们要维护客户关系。'] }));
		if (!q) throw new Error('expected a question');
		expect(gradeResponse(q, { mode: 'type', text: '我们要维护客户关系' }).correct).toBe(true);
		expect(gradeResponse(q, { mode: 'type', text: '我们要做客户关系。' }).correct).toBe(false);
	});

	it('grades each pair of a match on its own card', () => {
		const pool = [
			aDrill({ id: 'a', slot: '保持', before: '', after: '联系', zh: '保持联系', valid: ['保持'] }),
			aDrill({ id: 'b', slot: '解决', before: '', after: '问题', zh: '解决问题', valid: ['解决'] })
		];
		const q = matchPairs(aDrill(), pool, random);
		if (!q) throw new Error('expected a match');
		const swapped = [...q.answer];
		[swapped[0], swapped[1]] = [swapped[1] ?? 0, swapped[0] ?? 0];
		const graded = gradeResponse(q, { mode: 'match', pairs: swapped });
		expect(graded.correct).toBe(false);
		expect(graded.outcomes.map((o) => o.correct)).toEqual([false, false, true]);
		expect(gradeResponse(q, { mode: 'match', pairs: q.answer }).correct).toBe(true);
	});

	it('refuses a response that does not fit the question', () => {
		const q = fillGap(aDrill(), 'choose', random);
		expect(() => gradeResponse(q, { mode: 'tap', tap: 0 })).toThrow(ResponseError);
		expect(() => gradeResponse(q, { mode: 'choose', choice: 9 })).toThrow(ResponseError);
	});
});
