import { describe, expect, it } from 'vitest';
import { hanziAnswerMatches, normalizeHanziAnswer } from './text-answer';

describe('normalizeHanziAnswer', () => {
	it.each([
		['  客户  ', '客户'],
		['客 户', '客户'],
		['客\u3000户', '客户'],
		['我们的客户。', '我们的客户'],
		['好的！', '好的'],
		['好的!', '好的'],
		['真的吗？', '真的吗'],
		['真的吗?', '真的吗'],
		['好吧。。。', '好吧'],
		['等等…', '等等'],
		['ＣＲＭ系统', 'crm系统'],
		['CRM 系统', 'crm系统'],
		['第３季度', '第3季度'],
		['第3季度', '第3季度'],
		['你好，王总', '你好,王总'],
		['你好,王总', '你好,王总'],
		['“客户”', '"客户"'],
		['（客户）', '(客户)'],
		['客户、订单', '客户,订单']
	])('%s → %s', (typed, normal) => expect(normalizeHanziAnswer(typed)).toBe(normal));
	it('keeps punctuation in the middle of an answer', () => {
		expect(normalizeHanziAnswer('好。谢谢。')).toBe('好.谢谢');
	});
	it('gives an empty string for blank input', () => {
		expect(normalizeHanziAnswer(' 。 ')).toBe('');
	});
});

describe('hanziAnswerMatches', () => {
	it('matches after normalizing both sides', () => {
		expect(hanziAnswerMatches('客户关系', ' 客户 关系 ')).toBe(true);
		expect(hanziAnswerMatches('客户。', '客户')).toBe(true);
		expect(hanziAnswerMatches('CRM系统', 'ｃｒｍ系统！')).toBe(true);
	});
	it('accepts an alternative answer', () => {
		expect(hanziAnswerMatches('顾客', '客户', ['客户', '用户'])).toBe(true);
		expect(hanziAnswerMatches('顾客', '用户。', ['客户', '用户'])).toBe(true);
	});
	it('rejects a different answer', () => {
		expect(hanziAnswerMatches('客户', '客人')).toBe(false);
		expect(hanziAnswerMatches('客户', '客户们')).toBe(false);
		expect(hanziAnswerMatches('顾客', '客人', ['客户'])).toBe(false);
	});
	it('never accepts a blank answer, even against a blank expected one', () => {
		expect(hanziAnswerMatches('客户', '')).toBe(false);
		expect(hanziAnswerMatches('', ' ')).toBe(false);
		expect(hanziAnswerMatches('。', '。')).toBe(false);
	});
});
