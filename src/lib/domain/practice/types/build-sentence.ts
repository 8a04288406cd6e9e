/** Build the drill's sentence from its tiles, scrambled. */
import { gradeOrder } from '../grading';
import type { QuestionTypeSpec } from '../question-type';
import type { OrderQuestion } from '../questions';
import { scrambled, type Random } from '../random';
import type { DrillSource } from '../sources';
import { collocationBase } from './collocation';

export function buildSentence(d: DrillSource, random: Random): OrderQuestion | null {
	if (!d.sentence) return null;
	return {
		...collocationBase(d),
		type: 'build-sentence',
		kind: 'word-order',
		mode: 'order',
		en: d.sentence.en,
		tiles: scrambled(d.sentence.tiles, random),
		answer: d.sentence.tiles.join(''),
		explanation: { zh: d.sentence.tiles.join(''), en: d.sentence.en }
	};
}

export const BUILD_SENTENCE: QuestionTypeSpec<'drill'> = {
	from: 'drill',
	modes: ['order'],
	asks: ({ drill }) => !drill.measure && drill.sentence !== undefined,
	build: ({ drill }, random) => buildSentence(drill, random),
	grade: gradeOrder
};
