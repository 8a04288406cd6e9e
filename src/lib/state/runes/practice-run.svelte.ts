/**
 * One drill or quiz run: shows one question at a time, holds the learner's answer while it is being
 * built (one draft, shaped by the question's answer mode), grades it, and records every card it
 * covers through the answer path.
 */
import { draftFor, move, pick, pickByKey, responseOf, undo, type Draft } from '$lib/domain/practice/drafts';
import type { Graded, Question, Response } from '$lib/domain/practice/questions';
import { gradeResponse } from '$lib/domain/practice/registry';
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

/** Right is Good and wrong is Again, as on typed cards. */
const gradeFor = (correct: boolean): Grade => (correct ? 3 : 1);

const EMPTY: Draft = { mode: 'choose', choice: null };

export class PracticeRun {
	#index = $state(0);
	#phase = $state<RunPhase>('question');
	#graded = $state<Graded | null>(null);
	#results = $state<RunResult[]>([]);
	#saving = $state(false);
	#draft = $state<Draft>(EMPTY);

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
		if (this.questions.length === 0) this.#phase = 'done';
	}

	get index(): number {
		return this.#index;
	}
	get phase(): RunPhase {
		return this.#phase;
	}
	/** the verdict on the question on screen, once checked */
	get graded(): Graded | null {
		return this.#graded;
	}
	get results(): readonly RunResult[] {
		return this.#results;
	}
	/** whether an answer is being written */
	get saving(): boolean {
		return this.#saving;
	}
	/** the answer being built for the question on screen */
	get draft(): Draft {
		return this.#draft;
	}

	get current(): Question | null {
		return this.questions[this.index] ?? null;
	}

	get correctCount(): number {
		return this.#results.filter((r) => r.graded.correct).length;
	}

	/** The answer on screen as a response, or null while it is incomplete. */
	get response(): Response | null {
		const q = this.current;
		return q ? responseOf(q, this.#draft) : null;
	}

	/** Picks option, tile, word or token number `n` (from 0), as a click does. */
	pick(n: number): void {
		this.#change((q, d) => pick(q, d, n));
	}

	/** Number key `n` (from 0): the n-th option, word or token, or the n-th tile still to place. */
	pickByKey(n: number): void {
		this.#change((q, d) => pickByKey(q, d, n));
	}

	/** Takes back the last tile placed or the last word matched. */
	undoPick(): void {
		this.#change(undo);
	}

	/** Moves the tapped word left or right; false when the question has no use for arrow keys. */
	move(step: number): boolean {
		const q = this.current;
		const next = q && this.#phase === 'question' ? move(q, this.#draft, step) : null;
		if (next) this.#draft = next;
		return next !== null;
	}

	/** Replaces the answer being built (typing, choosing a match frame); ignored once answered or for another mode. */
	edit(draft: Draft): void {
		this.#change((q, d) => (draft.mode === q.mode ? draft : d));
	}

	/** Grades the answer on screen and records each card it covers; false when it is incomplete. */
	async check(): Promise<boolean> {
		const q = this.current;
		const response = this.response;
		if (!q || !response || this.#phase !== 'question' || this.#saving) return false;
		const graded = gradeResponse(q, response);
		const now = this.#clock();
		this.#saving = true;
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
			this.#saving = false;
		}
		this.#graded = graded;
		this.#results = [...this.#results, { question: q, graded }];
		this.#phase = 'feedback';
		return true;
	}

	/** Moves on to the next question, or to the summary after the last. */
	next(): void {
		if (this.#phase !== 'feedback') return;
		this.#index += 1;
		this.#graded = null;
		this.#resetDraft();
		this.#shownAt = this.#clock();
		this.#phase = this.current ? 'question' : 'done';
	}

	#change(step: (q: Question, d: Draft) => Draft): void {
		const q = this.current;
		if (q && this.#phase === 'question') this.#draft = step(q, this.#draft);
	}

	#resetDraft(): void {
		const q = this.current;
		this.#draft = q ? draftFor(q) : EMPTY;
	}
}
