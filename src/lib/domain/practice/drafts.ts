/**
 * The answer a learner is building, one plain shape per answer mode, and the moves that change it:
 * a click or number key, Backspace, the arrow keys. Every move returns a new draft.
 */
import type { AnswerMode, Question, Response } from './questions';

export type Draft =
	| { mode: 'choose'; choice: number | null }
	| { mode: 'type'; text: string }
	| { mode: 'order'; order: number[] }
	/** per frame of a match the word chosen for it, and the frame the next word goes to */
	| { mode: 'match'; pairs: (number | null)[]; frame: number }
	| { mode: 'tap'; tap: number | null };

type QuestionOf<M extends AnswerMode> = Extract<Question, { mode: M }>;
type DraftOf<M extends AnswerMode> = Extract<Draft, { mode: M }>;

/** Tokens a learner cannot tap: punctuation and spaces. */
export const PUNCTUATION = /^[\p{P}\s]+$/u;

/** How one answer mode builds its answer. Moves a mode does not have leave the draft as it is. */
interface ModeMoves<M extends AnswerMode> {
	empty(q: QuestionOf<M>): DraftOf<M>;
	/** a click on option, tile, word or token n (from 0) */
	pick(q: QuestionOf<M>, d: DraftOf<M>, n: number): DraftOf<M>;
	/** number key n (from 0), when it means something else than the n-th thing on screen */
	key?(q: QuestionOf<M>, d: DraftOf<M>, n: number): DraftOf<M>;
	/** Backspace: take back the last pick */
	undo?(q: QuestionOf<M>, d: DraftOf<M>): DraftOf<M>;
	/** an arrow key, one step left (−1) or right (+1) */
	move?(q: QuestionOf<M>, d: DraftOf<M>, step: number): DraftOf<M>;
	/** the draft as a response, or null while it is incomplete */
	response(q: QuestionOf<M>, d: DraftOf<M>): Response | null;
}

/** The tiles of a build-the-sentence question not yet placed, in their shown order. */
export function remainingTiles(q: QuestionOf<'order'>, d: DraftOf<'order'>): number[] {
	return q.tiles.map((_, i) => i).filter((i) => !d.order.includes(i));
}

/** Chooses the match frame the next word goes to. */
export function selectFrame(d: DraftOf<'match'>, frame: number): DraftOf<'match'> {
	return { ...d, frame };
}

const order: ModeMoves<'order'> = {
	empty: () => ({ mode: 'order', order: [] }),
	pick: (q, d, n) =>
		n >= 0 && n < q.tiles.length && !d.order.includes(n) ? { ...d, order: [...d.order, n] } : d,
	key: (q, d, n) => order.pick(q, d, remainingTiles(q, d)[n] ?? -1),
	undo: (_q, d) => ({ ...d, order: d.order.slice(0, -1) }),
	response: (q, d) => (d.order.length === q.tiles.length ? { mode: 'order', order: [...d.order] } : null)
};

const MOVES: { [M in AnswerMode]: ModeMoves<M> } = {
	choose: {
		empty: () => ({ mode: 'choose', choice: null }),
		pick: (q, d, n) => (n >= 0 && n < q.options.length ? { ...d, choice: n } : d),
		response: (_q, d) => (d.choice === null ? null : { mode: 'choose', choice: d.choice })
	},
	type: {
		empty: () => ({ mode: 'type', text: '' }),
		pick: (_q, d) => d,
		response: (_q, d) => (d.text.trim() === '' ? null : { mode: 'type', text: d.text })
	},
	order,
	match: {
		empty: (q) => ({ mode: 'match', pairs: q.pairs.map(() => null), frame: 0 }),
		pick: (q, d, word) => {
			if (word < 0 || word >= q.words.length) return d;
			const pairs = d.pairs.map((p) => (p === word ? null : p));
			pairs[d.frame] = word;
			const open = pairs.findIndex((p) => p === null);
			return { ...d, pairs, frame: open >= 0 ? open : d.frame };
		},
		undo: (_q, d) => {
			const last = d.pairs.findLastIndex((p) => p !== null);
			return last < 0 ? d : { ...d, pairs: d.pairs.map((p, i) => (i === last ? null : p)), frame: last };
		},
		response: (_q, d) =>
			d.pairs.every((p) => p !== null) ? { mode: 'match', pairs: d.pairs.map((p) => p ?? -1) } : null
	},
	tap: {
		empty: () => ({ mode: 'tap', tap: null }),
		pick: (q, d, n) =>
			n >= 0 && n < q.tokens.length && !PUNCTUATION.test(q.tokens[n] ?? '') ? { ...d, tap: n } : d,
		move: (q, d, step) => {
			let next = d.tap ?? (step > 0 ? -1 : q.tokens.length);
			do next += step;
			while (next >= 0 && next < q.tokens.length && PUNCTUATION.test(q.tokens[next] ?? ''));
			return next >= 0 && next < q.tokens.length ? { ...d, tap: next } : d;
		},
		response: (_q, d) => (d.tap === null ? null : { mode: 'tap', tap: d.tap })
	}
};

// A question and a draft always share a mode (draftFor makes one per question), so one cast serves every mode.
const movesOf = (q: Question) => MOVES[q.mode] as unknown as ModeMoves<AnswerMode>;
const fits = (q: Question, d: Draft): boolean => q.mode === d.mode;

/** The empty answer for a question. */
export function draftFor(q: Question): Draft {
	return movesOf(q).empty(q);
}

/** A click on option, tile, word or token n. */
export function pick(q: Question, d: Draft, n: number): Draft {
	return fits(q, d) ? movesOf(q).pick(q, d, n) : d;
}

/** Number key n (from 0): the n-th option, word or token, or the n-th tile still to place. */
export function pickByKey(q: Question, d: Draft, n: number): Draft {
	const moves = movesOf(q);
	return fits(q, d) ? (moves.key ?? moves.pick)(q, d, n) : d;
}

/** Backspace: the last tile placed or the last word matched comes back. */
export function undo(q: Question, d: Draft): Draft {
	const moves = movesOf(q);
	return fits(q, d) && moves.undo ? moves.undo(q, d) : d;
}

/** An arrow key; null when the mode has no use for arrows, so the key keeps its usual meaning. */
export function move(q: Question, d: Draft, step: number): Draft | null {
	const moves = movesOf(q);
	return fits(q, d) && moves.move ? moves.move(q, d, step) : null;
}

/** The draft as a response to grade, or null while it is incomplete or belongs to another question. */
export function responseOf(q: Question, d: Draft): Response | null {
	return fits(q, d) ? movesOf(q).response(q, d) : null;
}
