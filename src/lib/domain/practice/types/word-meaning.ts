/** Choose the meaning of a word missed on a card, among other words' meanings (a notebook retry). */
import { gradeChoice } from '../grading';
import { withAnswer } from '../options';
import type { MaterialOf, QuestionTypeSpec } from '../question-type';
import type { ChoiceQuestion } from '../questions';
import { shuffled, type Random } from '../random';

export function wordMeaning(m: MaterialOf<'word'>, random: Random): ChoiceQuestion {
	const { word } = m;
	const others = shuffled(
		m.words.filter((w) => w.id !== word.id && w.gloss !== word.gloss && w.hanzi !== word.hanzi),
		random
	)
		.slice(0, 3)
		.map((w) => w.gloss);
	return {
		type: 'word-meaning',
		cardId: m.cardId,
		itemId: m.itemId,
		entryId: m.entryId,
		kind: 'meaning',
		mode: 'choose',
		sentence: word.hanzi,
		optionLanguage: 'en',
		explanation: { zh: word.hanzi, pinyin: word.reading ?? word.pinyin.join(' '), en: word.gloss },
		...withAnswer(word.gloss, others, random)
	};
}

export const WORD_MEANING: QuestionTypeSpec<'word'> = {
	from: 'word',
	modes: ['choose'],
	asks: () => true,
	build: (m, random) => wordMeaning(m, random),
	grade: gradeChoice(false)
};
