/**
 * "Which word does not fit?": words the content teaches for a collocation's gap, and one that
 * learners wrongly put there. Knowing the range of partners (建立/维护/改善 + 客户关系) is the aim.
 */
import { chosen, framed, ResponseError, single } from '../grading';
import { withAnswer } from '../options';
import type { QuestionTypeSpec } from '../question-type';
import type { ChoiceQuestion } from '../questions';
import { shuffled, type Random } from '../random';
import type { DrillSource } from '../sources';
import { collocationBase } from './collocation';

/** Fitting words shown beside the odd one. */
export const ODD_ONE_OUT_FITTING = 3;

/**
 * Taught fillers that read as one word in the gap (some are whole phrases, such as 与…的), in the
 * slot's own role: beside verbs (建立/维护 + 客户关系) a modifier (重点客户关系) would make the
 * odd one's role unclear.
 */
function fittingWords(d: DrillSource): string[] {
	return d.sameRole.filter((w) => /^\p{Script=Han}{1,3}$/u.test(w));
}

export function oddOneOut(d: DrillSource, random: Random): ChoiceQuestion {
	const others = shuffled(
		fittingWords(d).filter((w) => w !== d.slot),
		random
	);
	const fitting = [d.slot, ...others].slice(0, ODD_ONE_OUT_FITTING);
	const odd = shuffled(d.wrong, random)[0] ?? '';
	return {
		...collocationBase(d),
		type: 'odd-one-out',
		kind: 'collocation',
		mode: 'choose',
		// The meaning would point at one of the fitting words.
		en: undefined,
		before: d.before,
		after: d.after,
		...withAnswer(odd, fitting, random),
		explanation: {
			zh: fitting.map((w) => framed(d, w)).join('，'),
			en: d.note ?? `${d.zh}: ${d.en}`
		}
	};
}

export const ODD_ONE_OUT: QuestionTypeSpec<'drill'> = {
	from: 'drill',
	modes: ['choose'],
	asks: ({ drill }) =>
		!drill.measure &&
		drill.wrong.length > 0 &&
		fittingWords(drill).includes(drill.slot) &&
		fittingWords(drill).length >= 2,
	build: ({ drill }, random) => oddOneOut(drill, random),
	// The notebook expects the collocations that fit, keeps the word taken for the odd one, and marks the odd one ✗.
	grade: (q, r) => {
		if (q.mode !== 'choose' || r.mode !== 'choose') throw new ResponseError('a choice is needed');
		const given = chosen(q, r.choice);
		const right = r.choice === q.answer;
		const note = `✗ ${framed(q, q.options[q.answer] ?? '')}`;
		return single(q, right, q.explanation.zh, given, right ? {} : { note });
	}
};
