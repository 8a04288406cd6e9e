/**
 * One drill or quiz run: shows one question at a time, holds the learner's answer while it is being
 * built, grades it, and records every card it covers through the answer path.
 */
import { gradeResponse } from '$lib/domain/drills/grade';
import type { Graded, Question, Response } from '$lib/domain/drills/questions';
import type { Grade, SchedulerSettings } from '$lib/domain/scheduling/types';
import type { AnswerInput, AnswerResult } from '$lib/data/review-repository';

/** The one storage call a run needs; the app passes recordAnswers, tests may pass a fake. */
export interface RunStore {
	/** Records every outcome of one question together: all of them or none. */
	recordAnswers(inputs: readonly AnswerInput[], settings: SchedulerSettings): Promise<AnswerResult[]>;
}

export type RunPhase = 'question' | 'feedback' | 'done';

export interface RunResult {
	question: Question;
	graded: Graded;
}

/** Tokens a learner cannot tap: punctuation and spaces. */
export const PUNCTUATION = /^[\p{P}\s]+$/u;

/** Right is Good and wrong is Again, as on typed cards. */
const gradeFor = (correct: boolean): Grade => (correct ? 3 : 1);

export class PracticeRun {
	index = $state(0);
	phase = $state<RunPhase>('question');
	graded = $state<Graded | null>(null);
	results = $state<RunResult[]>([]);
	saving = $state(false);
	/** the answer being built for the question on screen */
	choice = $state<number | null>(null);
	text = $state('');
	order = $state<number[]>([]);
	/** per frame of a match, the word chosen for it */
	pairs = $state<(number | null)[]>([]);
	/** the frame of a match the next word goes to */
	frame = $state(0);
	tap = $state<number | null>(null);

	readonly questions: readonly Question[];
	readonly #store: RunStore;
	readonly #settings: SchedulerSettings;
	readonly #clock: () => number;
	readonly #source: 'drill' | 'quiz';
	#shownAt: number;

	constructor(options: {
		questions: readonly Question[];
		store: RunStore;
		settings: SchedulerSettings;
		clock: () => number;
		source: 'drill' | 'quiz';
	}) {
		this.questions = options.questions;
		this.#store = options.store;
		this.#settings = options.settings;
		this.#clock = options.clock;
		this.#source = options.source;
		this.#shownAt = options.clock();
		this.#resetDraft();
		if (this.questions.length === 0) this.phase = 'done';
	}

	get current(): Question | null {
		return this.questions[this.index] ?? null;
	}

	get correctCount(): number {
		return this.results.filter((r) => r.graded.correct).length;
	}

	/** The answer on screen as a response, or null while it is incomplete. */
	get response(): Response | null {
		const q = this.current;
		if (!q) return null;
		switch (q.mode) {
			case 'choose':
				return this.choice === null ? null : { mode: 'choose', choice: this.choice };
			case 'type':
				return this.text.trim() === '' ? null : { mode: 'type', text: this.text };
			case 'order':
				return this.order.length === q.tiles.length ? { mode: 'order', order: [...this.order] } : null;
			case 'match':
				return this.pairs.every((p) => p !== null)
					? { mode: 'match', pairs: this.pairs.map((p) => p ?? -1) }
					: null;
			case 'tap':
				return this.tap === null ? null : { mode: 'tap', tap: this.tap };
		}
	}

	/** Picks option, tile, word or token number `n` (from 0), as a click or a number key does. */
	pick(n: number): void {
		const q = this.current;
		if (!q || this.phase !== 'question') return;
		if (q.mode === 'choose' && n < q.options.length) this.choice = n;
		else if (q.mode === 'tap' && !PUNCTUATION.test(q.tokens[n] ?? '.')) this.tap = n;
		else if (q.mode === 'order' && n < q.tiles.length && !this.order.includes(n))
			this.order = [...this.order, n];
		else if (q.mode === 'match' && n < q.words.length) this.#assign(n);
	}

	/** The n-th tile not yet placed, for number keys on a build-the-sentence question. */
	remainingTiles(): number[] {
		const q = this.current;
		return q?.mode === 'order' ? q.tiles.map((_, i) => i).filter((i) => !this.order.includes(i)) : [];
	}

	/** Selects the frame of a match that the next word goes to. */
	selectFrame(f: number): void {
		if (this.phase === 'question') this.frame = f;
	}

	/** Takes back the last tile placed or the word of the current match frame. */
	undoPick(): void {
		if (this.phase !== 'question') return;
		if (this.order.length > 0) this.order = this.order.slice(0, -1);
		const q = this.current;
		if (q?.mode === 'match') {
			const last = this.pairs.findLastIndex((p) => p !== null);
			if (last >= 0) {
				this.pairs = this.pairs.map((p, i) => (i === last ? null : p));
				this.frame = last;
			}
		}
	}

	/** Moves the tapped word left or right, skipping punctuation, for arrow keys. */
	moveTap(step: number): void {
		const q = this.current;
		if (q?.mode !== 'tap' || this.phase !== 'question') return;
		let next = this.tap ?? (step > 0 ? -1 : q.tokens.length);
		do next += step;
		while (next >= 0 && next < q.tokens.length && PUNCTUATION.test(q.tokens[next] ?? ''));
		if (next >= 0 && next < q.tokens.length) this.tap = next;
	}

	/** Grades the answer on screen and records each card it covers; false when it is incomplete. */
	async check(): Promise<boolean> {
		const q = this.current;
		const response = this.response;
		if (!q || !response || this.phase !== 'question' || this.saving) return false;
		const graded = gradeResponse(q, response);
		const now = this.#clock();
		this.saving = true;
		try {
			await this.#store.recordAnswers(
				graded.outcomes.map((o) => ({
					cardId: o.cardId,
					grade: gradeFor(o.correct),
					now,
					source: this.#source,
					durationMs: now - this.#shownAt,
					...(!o.correct && {
						mistake: {
							kind: o.kind,
							expected: o.expected,
							given: o.given,
							...(o.note !== undefined && { note: o.note })
						}
					})
				})),
				this.#settings
			);
		} finally {
			this.saving = false;
		}
		this.graded = graded;
		this.results = [...this.results, { question: q, graded }];
		this.phase = 'feedback';
		return true;
	}

	/** Moves on to the next question, or to the summary after the last. */
	next(): void {
		if (this.phase !== 'feedback') return;
		this.index += 1;
		this.graded = null;
		this.#resetDraft();
		this.#shownAt = this.#clock();
		this.phase = this.current ? 'question' : 'done';
	}

	#assign(word: number): void {
		const pairs = this.pairs.map((p) => (p === word ? null : p));
		pairs[this.frame] = word;
		this.pairs = pairs;
		const open = pairs.findIndex((p) => p === null);
		this.frame = open >= 0 ? open : this.frame;
	}

	#resetDraft(): void {
		const q = this.current;
		this.choice = null;
		this.text = '';
		this.order = [];
		this.tap = null;
		this.frame = 0;
		this.pairs = q?.mode === 'match' ? q.pairs.map(() => null) : [];
	}
}
