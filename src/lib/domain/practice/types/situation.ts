/**
 * A situation and the phrase that fits it among ones that do not. A register situation is a drill
 * (pick the register); a near-synonym one is a quiz (the right word).
 */
import { drillCardId, quizCardId } from '../../cards/card-id';
import { gradeChoice } from '../grading';
import { withAnswer } from '../options';
import type { QuestionTypeSpec } from '../question-type';
import type { ChoiceQuestion } from '../questions';
import type { Random } from '../random';
import type { SituationSource } from '../sources';

export function situationQuestion(s: SituationSource, random: Random): ChoiceQuestion {
	return {
		type: s.kind === 'register' ? 'pick-register' : 'right-word',
		cardId: s.kind === 'register' ? drillCardId(s.id) : quizCardId(s.id),
		itemId: s.id,
		entryId: s.entryId,
		kind: s.kind === 'register' ? 'register' : 'near-synonym',
		mode: 'choose',
		en: s.situation,
		explanation: { zh: s.answer, en: s.explanation },
		...withAnswer(s.answer, s.wrong, random)
	};
}

/** The register that fits: 您 or 你, 亲 or 您好, the report's words or dinner talk. */
export const PICK_REGISTER: QuestionTypeSpec<'situation'> = {
	from: 'situation',
	modes: ['choose'],
	asks: ({ situation }) => situation.kind === 'register',
	build: ({ situation }, random) => situationQuestion(situation, random),
	grade: gradeChoice(false)
};

/** The right word for the situation: 服务员 in a restaurant, 客服 in a chat window. */
export const RIGHT_WORD: QuestionTypeSpec<'situation'> = {
	from: 'situation',
	modes: ['choose'],
	asks: ({ situation }) => situation.kind === 'word',
	build: ({ situation }, random) => situationQuestion(situation, random),
	grade: gradeChoice(false)
};
