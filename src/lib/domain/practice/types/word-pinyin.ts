/** Type the pinyin of a word whose tones went wrong on a card (a notebook retry). */
import { gradeTyped } from '../grading';
import type { MaterialOf, QuestionTypeSpec } from '../question-type';
import type { TypedQuestion } from '../questions';

export function wordPinyin({ word, cardId, itemId, entryId }: MaterialOf<'word'>): TypedQuestion {
	return {
		type: 'word-pinyin',
		cardId,
		itemId,
		entryId,
		kind: 'tone',
		mode: 'type',
		script: 'pinyin',
		sentence: word.hanzi,
		accepted: [word.pinyin.join(' ')],
		syllables: word.pinyin,
		explanation: { zh: word.hanzi, pinyin: word.reading ?? word.pinyin.join(' '), en: word.gloss }
	};
}

export const WORD_PINYIN: QuestionTypeSpec<'word'> = {
	from: 'word',
	modes: ['type'],
	asks: (m) => m.tones,
	build: (m) => wordPinyin(m),
	grade: gradeTyped(false)
};
