/** Grades a response to any drill or quiz question, accepting equivalent answers. */
import { checkPinyin, issueNotation, toneMistakes } from '../answers/pinyin-feedback';
import { toToneMarks } from '../answers/pinyin-input';
import { hanziAnswerMatches, normalizeHanziAnswer } from '../answers/text-answer';
import type {
	ChoiceQuestion,
	Graded,
	MatchQuestion,
	OrderQuestion,
	Outcome,
	Question,
	Response,
	TapQuestion,
	TypedQuestion
} from './questions';

/** Thrown when a response does not fit its question (a bug in the screen, not a wrong answer). */
export class ResponseError extends Error {
	override readonly name = 'ResponseError';
}

function single(
	q: Question,
	correct: boolean,
	expected: string,
	given: string,
	extra: Partial<Outcome> = {}
): Graded {
	const outcome: Outcome = { cardId: q.cardId, correct, kind: q.kind, expected, given, ...extra };
	return { correct, outcomes: [outcome], lines: correct ? [] : [extra.note ?? `${given} → ${expected}`] };
}

/** A gap answer shown in its frame, so the notebook says 做客户关系 rather than 做. */
function framed(q: ChoiceQuestion | TypedQuestion, word: string): string {
	return q.type === 'fill-gap' || q.type === 'choose-collocate' || q.type === 'choose-measure'
		? `${q.before ?? ''}${word}${q.after ?? ''}`
		: word;
}

function gradeChoice(q: ChoiceQuestion, choice: number): Graded {
	const given = q.options[choice];
	if (given === undefined) throw new ResponseError(`no option ${choice}`);
	const expected = q.options[q.answer] ?? '';
	return single(q, choice === q.answer, framed(q, expected), framed(q, given));
}

/** Typed characters match after folding width, punctuation, spaces and tone numbers to marks. */
export function typedMatches(accepted: readonly string[], text: string): boolean {
	const [first, ...rest] = accepted;
	if (first === undefined) return false;
	return [text, toToneMarks(text)].some((t) => hanziAnswerMatches(first, t, rest));
}

function gradeTyped(q: TypedQuestion, text: string): Graded {
	const expected = q.accepted[0] ?? '';
	if (q.script === 'pinyin') {
		const check = checkPinyin(q.syllables ?? expected.split(' '), text);
		const tones = toneMistakes(check);
		const toneOnly = !check.correct && tones.length > 0 && check.syllables.every((s) => s.letters === 'ok');
		// The notebook shows the word in its frame beside the pinyin: "一张优惠券 zhāng".
		const context = framed(q, q.sentence ?? '');
		return single(q, check.correct, `${context} ${expected}`.trim(), toToneMarks(text.trim()), {
			...(toneOnly && { kind: 'tone' as const }),
			...(!check.correct && {
				note: `${q.sentence ?? ''} ${check.issues.map(issueNotation).join('; ')}`.trim()
			})
		});
	}
	const correct = typedMatches(q.accepted, text);
	return single(q, correct, framed(q, expected), framed(q, text.trim()));
}

function gradeOrder(q: OrderQuestion, order: readonly number[]): Graded {
	if (order.length !== q.tiles.length || new Set(order).size !== order.length)
		throw new ResponseError('an order must use every tile once');
	const given = order.map((i) => q.tiles[i] ?? '').join('');
	return single(q, normalizeHanziAnswer(given) === normalizeHanziAnswer(q.answer), q.answer, given);
}

function gradeMatch(q: MatchQuestion, chosen: readonly number[]): Graded {
	if (chosen.length !== q.pairs.length) throw new ResponseError('a match needs one word per frame');
	const used = new Set<number>();
	const outcomes = q.pairs.map((pair, f): Outcome => {
		const w = chosen[f] ?? -1;
		const word = q.words[w] ?? '';
		const correct = !used.has(w) && q.valid[w]?.[f] === true;
		used.add(w);
		return {
			cardId: pair.cardId,
			correct,
			kind: 'collocation',
			expected: `${pair.before}${pair.slot}${pair.after}`,
			given: `${pair.before}${word}${pair.after}`
		};
	});
	const wrong = outcomes.filter((o) => !o.correct);
	return { correct: wrong.length === 0, outcomes, lines: wrong.map((o) => `${o.given} → ${o.expected}`) };
}

function gradeTap(q: TapQuestion, tap: number): Graded {
	const given = q.tokens[tap];
	if (given === undefined) throw new ResponseError(`no token ${tap}`);
	// The notebook keeps the corrected sentence as what was expected, and marks the word to spot.
	const note = `✗ ${q.tokens[q.answer] ?? ''}`;
	return single(q, tap === q.answer, q.explanation.zh, given, tap === q.answer ? {} : { note });
}

/** Grades a response; every card the question covers gets an outcome. */
export function gradeResponse(q: Question, r: Response): Graded {
	if (q.mode !== r.mode) throw new ResponseError(`a ${r.mode} response to a ${q.mode} question`);
	if (q.mode === 'choose' && r.mode === 'choose') return gradeChoice(q, r.choice);
	if (q.mode === 'type' && r.mode === 'type') return gradeTyped(q, r.text);
	if (q.mode === 'order' && r.mode === 'order') return gradeOrder(q, r.order);
	if (q.mode === 'match' && r.mode === 'match') return gradeMatch(q, r.pairs);
	if (q.mode === 'tap' && r.mode === 'tap') return gradeTap(q, r.tap);
	throw new ResponseError('unknown question');
}
