import { describe, expect, it } from 'vitest';
import { selectFrame } from '$lib/domain/practice/drafts';
import { chooseCollocate } from '$lib/domain/practice/types/choose-collocate';
import { matchPairs } from '$lib/domain/practice/types/match';
import type { Question } from '$lib/domain/practice/questions';
import { seededRandom } from '$lib/domain/practice/random';
import { DEFAULT_SCHEDULER_SETTINGS } from '$lib/domain/scheduling/types';
import type { AnswerInput, AnswerResult } from '$lib/data/review-repository';
import { aDrill } from '../../../../tests/factories/practice';
import { PracticeRun, type RunStore } from './practice-run.svelte';

function aStore(): RunStore & { inputs: AnswerInput[] } {
	const inputs: AnswerInput[] = [];
	return {
		inputs,
		recordAnswers: (batch: readonly AnswerInput[]) => {
			inputs.push(...batch);
			return Promise.resolve(batch.map((_, i) => ({ reviewId: inputs.length - i }) as AnswerResult));
		}
	};
}

const random = seededRandom(5);
const drill = aDrill({ sentence: undefined });
const partners = [
	aDrill({ id: 'a.colloc.a', slot: '保持', after: '联系', zh: '保持联系', valid: ['保持'] }),
	aDrill({ id: 'b.colloc.b', slot: '解决', after: '问题', zh: '解决问题', valid: ['解决'] })
];

function aRun(store: RunStore, questions: Question[] = [chooseCollocate(drill, random)]) {
	let now = 1_000;
	return new PracticeRun({
		questions,
		store,
		settings: DEFAULT_SCHEDULER_SETTINGS,
		clock: () => (now += 500),
		source: 'drill'
	});
}

describe('PracticeRun', () => {
	it('records a wrong choice as Again with its mistake, then moves on to the summary', async () => {
		const store = aStore();
		const run = aRun(store);
		const q = run.current;
		if (q?.mode !== 'choose') throw new Error('expected a choice');
		run.pick(q.options.indexOf('做'));
		expect(await run.check()).toBe(true);
		expect(store.inputs).toEqual([
			expect.objectContaining({
				cardId: 'kehu-guanxi.colloc.weihu:drill',
				grade: 1,
				source: 'drill',
				mistake: { kind: 'collocation', expected: '维护客户关系', given: '做客户关系' }
			})
		]);
		expect(run.phase).toBe('feedback');
		run.next();
		expect(run.phase).toBe('done');
		expect(run.correctCount).toBe(0);
	});

	it('does not check an answer that is not complete', async () => {
		const store = aStore();
		const run = aRun(store);
		expect(await run.check()).toBe(false);
		expect(store.inputs).toHaveLength(0);
	});

	it('records each pair of a match on its own card, wrong ones with a mistake', async () => {
		const store = aStore();
		const match = matchPairs(drill, partners, random);
		if (!match) throw new Error('expected a match');
		const run = aRun(store, [match]);
		// Put the words in the wrong frames: each frame gets the next frame's word.
		match.pairs.forEach((_, f) => {
			if (run.draft.mode === 'match') run.edit(selectFrame(run.draft, f));
			run.pick(match.answer[(f + 1) % match.pairs.length] ?? 0);
		});
		await run.check();
		expect(store.inputs.map((i) => i.cardId).sort()).toEqual(match.pairs.map((p) => p.cardId).sort());
		expect(store.inputs.every((i) => i.grade === 1 && i.mistake?.kind === 'collocation')).toBe(true);
	});

	it('builds a sentence tile by tile and takes the last tile back', () => {
		const run = aRun(aStore(), []);
		expect(run.phase).toBe('done');
		const withTiles = aRun(aStore(), [
			{
				type: 'build-sentence',
				mode: 'order',
				cardId: 'x:drill',
				itemId: 'x',
				entryId: 'x',
				kind: 'word-order',
				tiles: ['要', '我们', '走'],
				answer: '我们要走',
				explanation: { zh: '我们要走', en: 'We have to go.' }
			}
		]);
		withTiles.pick(1);
		withTiles.pick(0);
		withTiles.undoPick();
		expect(withTiles.draft).toEqual({ mode: 'order', order: [1] });
		withTiles.pickByKey(1);
		expect(withTiles.draft).toEqual({ mode: 'order', order: [1, 2] });
	});
});
