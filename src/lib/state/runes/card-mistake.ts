/** What a wrong answer on a study card goes into the mistake notebook as. */
import type { StudyItem } from '$lib/content/types';
import { issueNotation, toneMistakes } from '$lib/domain/answers/pinyin-feedback';
import type { CardTemplate } from '$lib/domain/cards/templates';
import type { Grade } from '$lib/domain/scheduling/types';
import type { MistakeInput } from '$lib/data/review-repository';
import type { Verdict } from './answer-draft.svelte';

/**
 * The notebook record for a graded card, or undefined when the answer was not a mistake. A typed
 * pinyin answer with only tones wrong is a tone mistake naming the syllables; another wrong typed
 * answer, or Again on a self-graded card, is a meaning mistake.
 */
export function cardMistake(
	item: StudyItem,
	template: CardTemplate,
	verdict: Verdict | null,
	grade: Grade,
	answer: string
): MistakeInput | undefined {
	// Only Again is a mistake: a learner who overrides a typo to Good has not made one.
	if (grade !== 1) return undefined;
	if (template === 'pinyin' && verdict?.pinyin && !verdict.correct) {
		const tonesOnly =
			toneMistakes(verdict.pinyin).length > 0 && verdict.pinyin.syllables.every((s) => s.letters === 'ok');
		return {
			kind: tonesOnly ? 'tone' : 'meaning',
			expected: item.pinyin.join(' '),
			given: verdict.given,
			note: `${item.hanzi}: ${verdict.pinyin.issues.map(issueNotation).join('; ')}`
		};
	}
	return {
		kind: 'meaning',
		expected: template === 'pinyin' ? `${item.hanzi} ${item.pinyin.join(' ')}` : answer,
		given: verdict?.given ?? '',
		// Self-graded: the note names the word in Chinese and pinyin, in whichever language the notebook is read.
		...(verdict === null && { note: `${item.hanzi} ${item.pinyin.join(' ')}` })
	};
}
