import { describe, expect, it } from 'vitest';
import { aDrill, aMistake, aQuiz } from '../../../../tests/factories/practice';
import { buildRetryRun } from './retry';
import { notebookItems } from './notebook';

const content = { drills: [aDrill()], situations: [], quizzes: [aQuiz()] };
const kefu = { id: 'kefu', hanzi: '客服', pinyin: ['kè', 'fú'], gloss: 'customer-service agent' };
const words = new Map([
	['kefu', kefu],
	['kehu', { id: 'kehu', hanzi: '客户', pinyin: ['kè', 'hù'], gloss: 'client' }]
]);

describe('buildRetryRun', () => {
	it('asks each active item three times, through a different type each time', () => {
		const items = notebookItems(
			[aMistake({ itemId: 'kehu-guanxi.colloc.weihu', cardId: 'kehu-guanxi.colloc.weihu:drill' })],
			[]
		);
		const run = buildRetryRun(items, content, words, 1);
		expect(run.map((q) => q.type)).toEqual(['choose-collocate', 'fill-gap', 'build-sentence']);
		expect(run.every((q) => q.cardId === 'kehu-guanxi.colloc.weihu:drill')).toBe(true);
	});

	it('retries a word missed on its tones by typing its pinyin, then by its meaning', () => {
		const items = notebookItems(
			[aMistake({ itemId: 'kefu', cardId: 'kefu:pinyin', kind: 'tone', source: 'review' })],
			[]
		);
		const run = buildRetryRun(items, content, words, 1);
		expect(run.map((q) => q.type)).toEqual(['word-pinyin', 'word-meaning', 'word-pinyin']);
		expect(run[0]?.cardId).toBe('kefu:pinyin');
	});

	it('leaves out items the content no longer has', () => {
		const items = notebookItems([aMistake({ itemId: 'gone.colloc.x', cardId: 'gone.colloc.x:drill' })], []);
		expect(buildRetryRun(items, content, words, 1)).toEqual([]);
	});
});
