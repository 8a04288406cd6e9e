import { describe, expect, it } from 'vitest';
import { aDrill, aQuiz, aSituation } from '../../../../tests/factories/practice';
import { buildDrillRun, buildQuizRun, contentForEntry, MEASURES_PER_RUN, rankCandidates } from './run';
import { seededRandom } from './random';

const now = 10 * 86_400_000;
const drills = Array.from({ length: 14 }, (_, i) =>
	aDrill({ id: `e${i}.colloc.x`, slot: `词${i}`, zh: `词${i}对象${i}`, after: `对象${i}`, valid: [`词${i}`] })
);

describe('rankCandidates', () => {
	it('puts due items first, then weak ones, then new ones, then the rest', () => {
		const c = (id: string) => ({ itemId: id, cardId: `${id}:drill` });
		const states = new Map([
			['later:drill', { due: now + 1e9, state: 2 as const, lapses: 0, stability: 9 }],
			['due:drill', { due: now - 1, state: 2 as const, lapses: 0, stability: 9 }],
			['lapsed:drill', { due: now + 1e9, state: 2 as const, lapses: 2, stability: 1 }]
		]);
		const ranked = rankCandidates(
			[c('later'), c('new'), c('lapsed'), c('due'), c('noted')],
			{
				states,
				weak: new Set(['noted']),
				now,
				seed: 1
			},
			seededRandom(1)
		);
		expect(ranked.map((r) => r.itemId).slice(0, 1)).toEqual(['due']);
		expect(new Set(ranked.slice(1, 3).map((r) => r.itemId))).toEqual(new Set(['lapsed', 'noted']));
		expect(ranked.slice(3).map((r) => r.itemId)).toEqual(['new', 'later']);
	});
});

describe('buildDrillRun', () => {
	it('asks ten questions, mixes the types and is the same for the same seed', () => {
		const content = { drills, situations: [aSituation({ kind: 'register', id: 'x.situation.y' })] };
		const options = { states: new Map(), weak: new Set<string>(), now, seed: 42 };
		const run = buildDrillRun(content, options);
		expect(run).toHaveLength(10);
		expect(new Set(run.map((q) => q.type)).size).toBeGreaterThanOrEqual(4);
		expect(buildDrillRun(content, options)).toEqual(run);
		expect(buildDrillRun(content, { ...options, seed: 43 })).not.toEqual(run);
	});
});

describe('buildQuizRun', () => {
	it('uses every quiz type a mistake supports and the word situations', () => {
		const quizzes = Array.from({ length: 6 }, (_, i) => aQuiz({ id: `q${i}.mistake.x` }));
		const run = buildQuizRun(
			{ quizzes, situations: [aSituation()] },
			{ states: new Map(), weak: new Set(), now, seed: 3 }
		);
		expect(new Set(run.map((q) => q.type))).toEqual(
			new Set(['spot-error', 'choose-correct', 'correct-sentence', 'right-word'])
		);
	});
});

describe('contentForEntry', () => {
	it("keeps a word's own items and the collocations that name it", () => {
		const content = { drills: [aDrill()], situations: [aSituation()], quizzes: [aQuiz()] };
		expect(contentForEntry(content, 'weihu').drills).toHaveLength(1);
		expect(contentForEntry(content, 'weihu').quizzes).toHaveLength(0);
		expect(contentForEntry(content, 'fuwuyuan').situations).toHaveLength(1);
	});
});

describe('measure-word questions in a drill run', () => {
	const measure = (i: number) =>
		aDrill({
			id: `n${i}.measure`,
			before: '一',
			slot: '位',
			after: `名词${i}`,
			zh: `一位名词${i}`,
			valid: ['位'],
			wrong: ['张', '本', '条'],
			measure: true
		});
	const options = { states: new Map(), weak: new Set<string>(), now, seed: 7 };

	it('asks at most three among collocations, whatever the ranking', () => {
		for (let seed = 1; seed <= 10; seed++) {
			const run = buildDrillRun(
				{ drills: [...drills, ...Array.from({ length: 30 }, (_, i) => measure(i))], situations: [] },
				{ ...options, seed }
			);
			expect(run).toHaveLength(10);
			expect(run.filter((q) => q.type === 'choose-measure').length).toBeLessThanOrEqual(MEASURES_PER_RUN);
		}
	});

	it('fills the run with them when a word has nothing else to drill', () => {
		const run = buildDrillRun(
			{ drills: [drills[0]!, ...Array.from({ length: 5 }, (_, i) => measure(i))], situations: [] },
			options
		);
		expect(run).toHaveLength(6);
		expect(run.filter((q) => q.type === 'choose-measure')).toHaveLength(5);
	});
});
