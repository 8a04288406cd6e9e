/** "Retry my mistakes": a quiz made from the active notebook, each item asked until it can clear. */
import { drillQuestion, drillTypesFor, situationQuestion, withAnswer } from '../drills/generate';
import type { ChoiceQuestion, Question, TypedQuestion } from '../drills/questions';
import { seededRandom, shuffled, type Random } from '../drills/random';
import { RUN_SIZE } from '../drills/run';
import type { PracticeContent, WordSource } from '../drills/sources';
import { quizQuestion, quizTypesFor } from '../quizzes/generate';
import { retryPlan, type NotebookItem } from './notebook';

/** Type the pinyin of a word whose tones went wrong on a card. */
function wordPinyin(item: NotebookItem, word: WordSource, cardId: string): TypedQuestion {
	return {
		type: 'word-pinyin',
		cardId,
		itemId: item.itemId,
		entryId: item.entryId,
		kind: 'tone',
		mode: 'type',
		script: 'pinyin',
		sentence: word.hanzi,
		accepted: [word.pinyin.join(' ')],
		syllables: word.pinyin,
		en: word.gloss,
		explanation: { zh: word.hanzi, pinyin: word.reading ?? word.pinyin.join(' '), en: word.gloss }
	};
}

/** Choose the meaning of a word missed on a card, among other words' meanings. */
function wordMeaning(
	item: NotebookItem,
	word: WordSource,
	cardId: string,
	words: readonly WordSource[],
	random: Random
): ChoiceQuestion {
	const others = shuffled(
		words.filter((w) => w.id !== word.id && w.gloss !== word.gloss && w.hanzi !== word.hanzi),
		random
	)
		.slice(0, 3)
		.map((w) => w.gloss);
	return {
		type: 'word-meaning',
		cardId,
		itemId: item.itemId,
		entryId: item.entryId,
		kind: 'meaning',
		mode: 'choose',
		sentence: word.hanzi,
		explanation: { zh: word.hanzi, pinyin: word.reading ?? word.pinyin.join(' '), en: word.gloss },
		...withAnswer(word.gloss, others, random)
	};
}

/** The n-th question for a notebook item, or null when the content no longer has it. */
function questionFor(
	item: NotebookItem,
	round: number,
	content: PracticeContent,
	words: ReadonlyMap<string, WordSource>,
	random: Random
): Question | null {
	const quiz = content.quizzes.find((q) => q.id === item.itemId);
	if (quiz) {
		const types = quizTypesFor(quiz);
		return quizQuestion(quiz, types[round % types.length] ?? 'choose-correct', random);
	}
	const drill = content.drills.find((d) => d.id === item.itemId);
	if (drill) {
		const types = drillTypesFor(drill, []).filter((t) => t !== 'match');
		return drillQuestion(drill, types[round % types.length] ?? 'choose-collocate', [], random);
	}
	const situation = content.situations.find((s) => s.id === item.itemId);
	if (situation) return situationQuestion(situation, random);
	const word = words.get(item.itemId);
	const last = item.mistakes[0];
	if (!word || !last) return null;
	return item.kinds.includes('tone') && round % 2 === 0
		? wordPinyin(item, word, last.cardId)
		: wordMeaning(item, word, last.cardId, [...words.values()], random);
}

/** Questions for the active notebook: each item up to the answers it still needs, at most `size`. */
export function buildRetryRun(
	items: readonly NotebookItem[],
	content: PracticeContent,
	words: ReadonlyMap<string, WordSource>,
	seed: number,
	size = RUN_SIZE
): Question[] {
	const random = seededRandom(seed);
	const rounds = new Map<string, number>();
	return retryPlan(items, size).flatMap((item) => {
		const round = rounds.get(item.itemId) ?? 0;
		rounds.set(item.itemId, round + 1);
		const q = questionFor(item, round, content, words, random);
		return q ? [q] : [];
	});
}
