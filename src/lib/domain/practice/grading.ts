/** The graders each answer mode shares; a question type picks one and says how its answer is framed. */
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

/** A grader for one question type; throws ResponseError when the response does not fit. */
export type Grader = (q: Question, r: Response) => Graded;

/** The one outcome of a question that covers one card. */
export function single(
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
export function framed(q: { before?: string; after?: string }, word: string): string {
	return `${q.before ?? ''}${word}${q.after ?? ''}`;
}

function asked<M extends Question['mode']>(
	q: Question,
	r: Response,
	mode: M
): [Extract<Question, { mode: M }>, Extract<Response, { mode: M }>] {
	if (q.mode !== mode || r.mode !== mode)
		throw new ResponseError(`a ${r.mode} response to a ${q.mode} question`);
	return [q as Extract<Question, { mode: M }>, r as Extract<Response, { mode: M }>];
}

/** The option chosen, or ResponseError when there is no such option. */
export function chosen(q: ChoiceQuestion, choice: number): string {
	const given = q.options[choice];
	if (given === undefined) throw new ResponseError(`no option ${choice}`);
	return given;
}

/** Right when the chosen option is the answer; `inFrame` shows both in the question's gap. */
export function gradeChoice(inFrame: boolean): Grader {
	return (question, response) => {
		const [q, r] = asked(question, response, 'choose');
		const given = chosen(q, r.choice);
		const expected = q.options[q.answer] ?? '';
		const show = (w: string) => (inFrame ? framed(q, w) : w);
		return single(q, r.choice === q.answer, show(expected), show(given));
	};
}

/** Typed characters match after folding width, punctuation, spaces and tone numbers to marks. */
export function typedMatches(accepted: readonly string[], text: string): boolean {
	const [first, ...rest] = accepted;
	if (first === undefined) return false;
	return [text, toToneMarks(text)].some((t) => hanziAnswerMatches(first, t, rest));
}

function gradePinyin(q: TypedQuestion, text: string, inFrame: boolean): Graded {
	const expected = q.accepted[0] ?? '';
	const check = checkPinyin(q.syllables ?? expected.split(' '), text);
	const tones = toneMistakes(check);
	const toneOnly = !check.correct && tones.length > 0 && check.syllables.every((s) => s.letters === 'ok');
	// The word asked: the gap's word, or the word shown. The notebook shows it in its frame: "一张优惠券 zhāng".
	const word = q.filled ?? q.sentence ?? '';
	const context = inFrame ? framed(q, word) : word;
	return single(q, check.correct, `${context} ${expected}`.trim(), toToneMarks(text.trim()), {
		...(toneOnly && { kind: 'tone' as const }),
		...(!check.correct && {
			note: `${word} ${check.issues.map(issueNotation).join('; ')}`.trim()
		})
	});
}

/** Typed pinyin (tones checked per syllable) or characters (any accepted answer); `inFrame` as for choices. */
export function gradeTyped(inFrame: boolean): Grader {
	return (question, response) => {
		const [q, r] = asked(question, response, 'type');
		if (q.script === 'pinyin') return gradePinyin(q, r.text, inFrame);
		const expected = q.accepted[0] ?? '';
		const show = (w: string) => (inFrame ? framed(q, w) : w);
		return single(q, typedMatches(q.accepted, r.text), show(expected), show(r.text.trim()));
	};
}

/** Right when the tiles, in the order given, spell the answer. */
export const gradeOrder: Grader = (question, response) => {
	const [q, r]: [OrderQuestion, { order: number[] }] = asked(question, response, 'order');
	if (r.order.length !== q.tiles.length || new Set(r.order).size !== r.order.length)
		throw new ResponseError('an order must use every tile once');
	const given = r.order.map((i) => q.tiles[i] ?? '').join('');
	return single(q, normalizeHanziAnswer(given) === normalizeHanziAnswer(q.answer), q.answer, given);
};

/** Each frame of a match is graded on its own card; a word counts once. */
export const gradeMatch: Grader = (question, response) => {
	const [q, r]: [MatchQuestion, { pairs: number[] }] = asked(question, response, 'match');
	if (r.pairs.length !== q.pairs.length) throw new ResponseError('a match needs one word per frame');
	const used = new Set<number>();
	const outcomes = q.pairs.map((pair, f): Outcome => {
		const w = r.pairs[f] ?? -1;
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
};

/** Right when the tapped token is the wrong word; the notebook keeps the corrected sentence. */
export const gradeTap: Grader = (question, response) => {
	const [q, r]: [TapQuestion, { tap: number }] = asked(question, response, 'tap');
	const given = q.tokens[r.tap];
	if (given === undefined) throw new ResponseError(`no token ${r.tap}`);
	const note = `✗ ${q.tokens[q.answer] ?? ''}`;
	return single(q, r.tap === q.answer, q.explanation.zh, given, r.tap === q.answer ? {} : { note });
};
