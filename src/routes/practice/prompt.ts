/** The heading a practice question is asked under. */
import type { Question } from '$lib/domain/practice/questions';
import type { MessageKey } from '$lib/state/i18n/messages';

export function promptKey(question: Question): MessageKey {
	// A register slip is not wrong Chinese, only wrong for the occasion: the question asks which suits it.
	if (question.type === 'choose-correct' && question.kind === 'register')
		return 'practice.type.choose-correct-register';
	if (question.type === 'fill-gap' && question.mode === 'type')
		return question.script === 'pinyin' ? 'practice.type.fill-gap-pinyin' : 'practice.type.fill-gap-hanzi';
	return `practice.type.${question.type}`;
}
