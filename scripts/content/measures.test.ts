/** Measure words: the compiler checks them against the content, and the drill never offers a right one as wrong. */
import { describe, expect, it } from 'vitest';
import { aHeadwordSource, anEntryFile, anEntrySource } from '../../tests/factories/content';
import { typesFor } from '../../src/lib/domain/practice/registry';
import { chooseMeasure } from '../../src/lib/domain/practice/types/choose-measure';
import { matchPairs } from '../../src/lib/domain/practice/types/match';
import { DISTRACTOR_POOL, MEASURE_CHOICES } from '../../src/lib/domain/practice/measure';
import { seededRandom } from '../../src/lib/domain/practice/random';
import { compileContent, type SourceFile } from './compile';
import { createPinyinReader } from './pinyin-reader';
import { buildPractice } from './practice-outputs';
import { ContentError } from './problems';
import { realEntries } from './real-content';

function problemsOf(files: SourceFile[]): string[] {
	try {
		buildPractice(compileContent(files, null, createPinyinReader));
	} catch (error) {
		if (error instanceof ContentError) return error.message.split('\n');
		throw error;
	}
	return [];
}

const coupon = (overrides: Record<string, unknown> = {}) =>
	anEntryFile(
		anEntrySource('youhuiquan', {
			hanzi: '优惠券',
			pos: 'noun',
			measure: { words: ['张'] },
			examples: [
				{ level: 'A2', zh: '我有一张优惠券。', en: 'I have a coupon.', note: '张 for flat things.' },
				{
					level: 'B1',
					zh: '这张优惠券明天过期。',
					en: 'This coupon expires tomorrow.',
					note: '这 + measure.'
				}
			],
			...overrides
		})
	);

describe('measure words in the compiler', () => {
	it('requires them on every noun and allows them on nouns only', () => {
		expect(problemsOf([coupon({ measure: undefined })])).toEqual([
			'content/entries/youhuiquan.yaml: measure: expected the measure words of a noun (measure.words)'
		]);
		expect(problemsOf([anEntryFile(anEntrySource('weihu', { measure: { words: ['个'] } }))])).toEqual([
			'content/entries/weihu.yaml: measure: expected measure words only on nouns, got pos "verb"'
		]);
	});

	it('rejects a classifier the content uses before the noun but the entry does not list', () => {
		const problems = problemsOf([coupon({ measure: { words: ['个'] } })]);
		expect(problems).toEqual([
			'content/entries/youhuiquan.yaml: measure.words: the content counts 优惠券 with "张" (youhuiquan: 我有一张优惠券。), so list "张" too'
		]);
	});

	it('does not count a classifier that belongs to a longer noun after it', () => {
		const files = [
			anEntryFile(aHeadwordSource()),
			coupon({
				examples: [
					{ level: 'A2', zh: '我有一张优惠券。', en: 'I have a coupon.', note: '张 for flat things.' },
					{
						level: 'B1',
						zh: '这是一份优惠券规则。',
						en: 'These are the coupon rules.',
						note: '份 counts 规则.'
					}
				]
			})
		];
		expect(problemsOf(files)).toEqual([]);
	});

	it('rejects a measure word that is not one Chinese character, naming the path', () => {
		expect(problemsOf([coupon({ measure: { words: ['zhang'] } })])[0]).toContain(
			'content/entries/youhuiquan.yaml: measure.words[0]: expected one Chinese character'
		);
	});
});

const practice = buildPractice(realEntries());
const measures = practice.drills.filter((d) => d.measure);

describe('the choose-the-measure-word drill', () => {
	it('exists for every noun, framed as 一 + measure word + noun', () => {
		expect(measures.length).toBeGreaterThanOrEqual(40);
		// Nouns whose authored measure collocation is drilled (一张优惠券) keep that one drill.
		expect(measures.some((d) => d.entryId === 'youhuiquan')).toBe(false);
		expect(practice.drills.filter((d) => d.zh === '一张优惠券')).toHaveLength(1);
		const kehu = measures.find((d) => d.entryId === 'kehu');
		expect(kehu).toMatchObject({
			zh: '一位客户',
			before: '一',
			slot: '位',
			after: '客户',
			slotPinyin: ['wèi']
		});
		expect(kehu?.accepted).toEqual(expect.arrayContaining(['位', '个', '家', '名']));
	});

	it('never offers a measure word the noun takes, or one the content uses with it, as wrong', () => {
		for (const d of measures) {
			expect(d.wrong.length, d.id).toBeGreaterThanOrEqual(MEASURE_CHOICES);
			for (const w of d.wrong) {
				expect(d.valid, `${d.id}: ${w}`).not.toContain(w);
				expect(DISTRACTOR_POOL, d.id).toContain(w);
			}
		}
	});

	it('asks each question with exactly one right option, the usual measure word', () => {
		for (let seed = 1; seed <= 20; seed++)
			for (const d of measures) {
				const q = chooseMeasure(d, seededRandom(seed));
				expect(q.type).toBe('choose-measure');
				expect(q.options).toHaveLength(MEASURE_CHOICES + 1);
				expect(q.options[q.answer]).toBe(d.slot);
				expect(
					q.options.filter((o) => d.valid.includes(o)),
					d.id
				).toEqual([d.slot]);
				expect(`${q.before}${q.options[q.answer]}${q.after}`).toBe(d.zh);
			}
	});

	it('is asked only as choose-the-measure-word and never mixed into match questions', () => {
		const collocations = practice.drills.filter((d) => !d.measure);
		for (const d of measures)
			expect(typesFor({ from: 'drill', drill: d, pool: practice.drills })).toEqual(['choose-measure']);
		for (let seed = 1; seed <= 20; seed++) {
			const q = matchPairs(collocations[seed]!, practice.drills, seededRandom(seed));
			for (const pair of q?.pairs ?? []) expect(pair.itemId).not.toMatch(/\.measure$/);
		}
	});
});
