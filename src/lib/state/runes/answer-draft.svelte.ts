/** What the learner typed on a card, and the verdict once checked. Typed cards grade themselves. */
import type { StudyItem } from '$lib/content/types';
import { checkPinyin, type PinyinCheck } from '$lib/domain/answers/pinyin-feedback';
import { toToneMarks } from '$lib/domain/answers/pinyin-input';
import { hanziAnswerMatches } from '$lib/domain/answers/text-answer';
import type { Template } from '$lib/domain/cards/templates';
import type { Grade } from '$lib/domain/scheduling/types';
import type { AnswerIssue } from '../i18n/feedback';

export interface Verdict {
	correct: boolean;
	/** What the learner typed, as shown back to them. */
	given: string;
	/** One fact per problem, worded by the message layer (feedbackLine). */
	issues: AnswerIssue[];
	pinyin?: PinyinCheck;
}

/** Templates answered by typing: pinyin always, recall and cloze optionally (hanzi). */
export function isTyped(template: Template): boolean {
	return template === 'pinyin' || template === 'recall' || template === 'cloze';
}

export class AnswerDraft {
	text = $state('');
	verdict = $state<Verdict | null>(null);

	/** The pinyin typed so far with tone numbers turned into marks, for the live preview. */
	get marked(): string {
		return toToneMarks(this.text);
	}

	/** Wrong is Again and right is Good; the learner may still choose another grade. */
	get suggestedGrade(): Grade | null {
		return this.verdict ? (this.verdict.correct ? 3 : 1) : null;
	}

	reset(): void {
		this.text = '';
		this.verdict = null;
	}

	/** Checks the typed answer against the card; returns null when nothing was typed. */
	check(item: StudyItem, template: Template, answer: string): Verdict | null {
		const given = this.text.trim();
		if (given === '') return null;
		if (template === 'pinyin') {
			const result = checkPinyin(item.pinyin, given, item.hanzi);
			this.verdict = {
				correct: result.correct,
				given: toToneMarks(given),
				issues: result.issues,
				pinyin: result
			};
		} else {
			const correct = hanziAnswerMatches(answer, given);
			this.verdict = {
				correct,
				given,
				issues: correct ? [] : [{ kind: 'hanzi', given, expected: answer }]
			};
		}
		return this.verdict;
	}
}
