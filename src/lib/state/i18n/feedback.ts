/** Words answer feedback from the facts the domain returns, in the interface language. */
import type { PinyinIssue } from '$lib/domain/answers/pinyin-feedback';
import type { Tone } from '$lib/domain/pinyin/tones';
import type { Translate } from './messages';

/** A problem with a typed answer: a pinyin issue, or characters that differ from the answer. */
export type AnswerIssue = PinyinIssue | { kind: 'hanzi'; given: string; expected: string };

function tone(t: Translate, n: Tone): string {
	return n === 0 ? t('feedback.neutral') : t('feedback.toneName', { tone: n });
}

/** One sentence for one issue ("系: you wrote tone 2, it is tone 4."). */
export function feedbackLine(t: Translate, issue: AnswerIssue): string {
	switch (issue.kind) {
		case 'empty':
			return t('feedback.empty');
		case 'count':
			return t('feedback.count', { wrote: issue.wrote, expected: issue.expected });
		case 'missing':
			return t('feedback.missing', { char: issue.char, expected: issue.expected });
		case 'letters':
			return t('feedback.letters', { char: issue.char, wrote: issue.wrote, expected: issue.expected });
		case 'no-tone':
			return t('feedback.noTone', { char: issue.char, expected: tone(t, issue.expected) });
		case 'tone':
			return t('feedback.tone', {
				char: issue.char,
				wrote: tone(t, issue.wrote),
				expected: tone(t, issue.expected)
			});
		case 'hanzi':
			return t('feedback.hanzi', { given: issue.given, expected: issue.expected });
	}
}
