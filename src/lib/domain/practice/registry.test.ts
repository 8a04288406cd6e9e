import { describe, expect, it } from 'vitest';
import { aDrill, aQuiz, aSituation } from '../../../../tests/factories/practice';
import { rightResponse, wrongResponse } from '../../../../tests/factories/responses';
import { draftFor, pick, responseOf, type Draft } from './drafts';
import type { Material } from './question-type';
import type { Question, QuestionType } from './questions';
import { seededRandom } from './random';
import { buildQuestion, gradeResponse, QUESTION_TYPES, typesFor } from './registry';

const partners = [
	aDrill({ id: 'a.colloc.a', slot: '保持', before: '', after: '联系', zh: '保持联系', valid: ['保持'] }),
	aDrill({ id: 'b.colloc.b', slot: '解决', before: '', after: '问题', zh: '解决问题', valid: ['解决'] }),
	aDrill({ id: 'c.colloc.c', slot: '签订', before: '', after: '合同', zh: '签订合同', valid: ['签订'] })
];
const word = { id: 'kefu', hanzi: '客服', pinyin: ['kè', 'fú'], gloss: 'customer-service agent' };
const otherWords = [
	{ id: 'kehu', hanzi: '客户', pinyin: ['kè', 'hù'], gloss: 'client' },
	{ id: 'guke', hanzi: '顾客', pinyin: ['gù', 'kè'], gloss: 'shopper' },
	{ id: 'yonghu', hanzi: '用户', pinyin: ['yòng', 'hù'], gloss: 'user' }
];

/** A material each type of the registry can be asked from. */
const MATERIALS: readonly Material[] = [
	{ from: 'drill', drill: aDrill(), pool: partners },
	{
		from: 'drill',
		drill: aDrill({
			id: 'kehu.measure',
			before: '一',
			slot: '位',
			after: '客户',
			zh: '一位客户',
			measure: true
		}),
		pool: []
	},
	{ from: 'quiz', quiz: aQuiz() },
	{ from: 'situation', situation: aSituation() },
	{ from: 'situation', situation: aSituation({ id: 'nin.situation.x', kind: 'register', answer: '您好' }) },
	{
		from: 'word',
		word,
		cardId: 'kefu:pinyin',
		itemId: 'kefu',
		entryId: 'kefu',
		tones: true,
		words: [word, ...otherWords]
	}
];

/** Every question each type makes from the materials: fill-gap is random in its mode, so several seeds. */
function questionsOf(type: QuestionType): Question[] {
	return MATERIALS.filter((m) => typesFor(m).includes(type)).flatMap((m) =>
		[1, 2, 3, 4, 5, 6].map((seed) => buildQuestion(type, m, seededRandom(seed)))
	);
}

/** Builds the right answer through the draft, as clicks would. */
function answerByClicks(q: Question): Draft {
	const r = rightResponse(q);
	let draft = draftFor(q);
	if (r.mode === 'choose') draft = pick(q, draft, r.choice);
	if (r.mode === 'tap') draft = pick(q, draft, r.tap);
	if (r.mode === 'order') for (const tile of r.order) draft = pick(q, draft, tile);
	if (r.mode === 'match') for (const w of r.pairs) draft = pick(q, draft, w);
	if (r.mode === 'type') draft = { mode: 'type', text: r.text };
	return draft;
}

describe('the question registry', () => {
	const types = Object.keys(QUESTION_TYPES) as QuestionType[];

	it.each(types)('%s: builds from its material and grades a right and a wrong answer', (type) => {
		const questions = questionsOf(type);
		expect(questions.length).toBeGreaterThan(0);
		for (const q of questions) {
			expect(q.type).toBe(type);
			expect(QUESTION_TYPES[type].modes).toContain(q.mode);
			const right = gradeResponse(q, rightResponse(q));
			expect(right.correct).toBe(true);
			expect(right.outcomes.every((o) => o.correct)).toBe(true);
			const wrong = gradeResponse(q, wrongResponse(q));
			expect(wrong.correct).toBe(false);
			expect(wrong.outcomes.some((o) => !o.correct && o.expected !== '')).toBe(true);
		}
	});

	it.each(types)('%s: the draft an input builds turns into the right response', (type) => {
		for (const q of questionsOf(type)) {
			expect(responseOf(q, draftFor(q))).toBeNull();
			expect(responseOf(q, answerByClicks(q))).toEqual(rightResponse(q));
		}
	});

	it('offers each material only the types that can ask it', () => {
		const [collocation, measure, quiz] = MATERIALS;
		expect(typesFor(collocation!)).toEqual([
			'choose-collocate',
			'fill-gap',
			'build-sentence',
			'match',
			'odd-one-out'
		]);
		expect(typesFor(measure!)).toEqual(['choose-measure']);
		expect(typesFor(quiz!)).toEqual(['spot-error', 'choose-correct', 'correct-sentence']);
		expect(typesFor({ from: 'quiz', quiz: aQuiz({ errorToken: undefined, typeable: false }) })).toEqual([
			'choose-correct'
		]);
	});

	it('falls back to choosing the collocate when a match finds too few partners', () => {
		const q = buildQuestion(
			'match',
			{ from: 'drill', drill: aDrill(), pool: partners.slice(0, 1) },
			seededRandom(1)
		);
		expect(q.type).toBe('choose-collocate');
	});
});
