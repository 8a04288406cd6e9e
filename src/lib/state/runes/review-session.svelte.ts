/**
 * One study session over a deck: builds today's queue, shows one card at a time, records each
 * grade through the answer path, and undoes answers, suspends and burials. The clock is injected.
 */
import type { StudyItem } from '$lib/content/types';
import { newCardOrder } from '$lib/domain/cards/new-card-order';
import { previewIntervals, type IntervalPreview } from '$lib/domain/scheduling/scheduler';
import { endOfStudyDay, studyDayStart } from '$lib/domain/scheduling/study-day';
import type { DailyQueue, DeckLimits, LimitScope } from '$lib/domain/scheduling/daily-queue';
import { usedToday } from '$lib/domain/scheduling/today';
import type { Grade, SchedulerSettings } from '$lib/domain/scheduling/types';
import type { AnswerResult, MistakeInput } from '$lib/data/review-repository';
import type { Phase, SessionNotice, SessionStore, UndoEntry } from './session-types';
import {
	queueCounts,
	returnSiblings,
	sessionCards,
	sessionQueues,
	takeSiblings,
	takenCards,
	type Queues,
	type SessionCard,
	type SessionSelect,
	type TakenSiblings
} from './session-queue';

export type { SessionCard } from './session-queue';
export type { Phase, SessionNotice, SessionStore } from './session-types';

/** Learning cards due within this window are shown again in the same session rather than left for later. */
const LEARN_AHEAD_MS = 20 * 60_000;
/** Cards "study more" adds at a time. */
export const STUDY_MORE = 10;

const isLearning = (c: SessionCard) => c.memory.state === 1 || c.memory.state === 3;

/** The daily limit that holds cards back: the deck's own or the one across all decks, and its size. */
export interface HeldLimit {
	by: LimitScope;
	perDay: number;
}

export class ReviewSession {
	#phase = $state<Phase>('loading');
	#current = $state<SessionCard | null>(null);
	#queues = $state<Queues>({ main: [], learning: [], later: [], held: { new: [], review: [] } });
	#answered = $state(0);
	#grades = $state<Record<Grade, number>>({ 1: 0, 2: 0, 3: 0, 4: 0 });
	#leech = $state<SessionCard | null>(null);
	#notice = $state<SessionNotice | null>(null);
	#undo = $state<UndoEntry[]>([]);
	#heldBy = $state<DailyQueue['heldBy']>({});
	#byItem: ReadonlyMap<string, SessionCard[]> | null = null;
	#startedAt = 0;
	#shownAt = 0;
	readonly #store: SessionStore;
	readonly #items: ReadonlyMap<string, StudyItem>;
	readonly #cardIds: readonly string[];
	readonly #settings: SchedulerSettings;
	readonly #clock: () => number;
	readonly #mode: 'normal' | 'catch-up';
	readonly #select: SessionSelect | undefined;
	readonly #deckLimits: DeckLimits | undefined;

	constructor(options: {
		store: SessionStore;
		items: ReadonlyMap<string, StudyItem>;
		/** the deck's cards in course order; start() puts the new cards the learner moved first or last */
		cardIds: readonly string[];
		settings: SchedulerSettings;
		clock: () => number;
		/** 'catch-up' studies only overdue reviews, lowest recall first, capped at a day's reviews. */
		mode?: 'normal' | 'catch-up';
		/** picks a custom session's cards instead of today's queue (see custom-study.ts) */
		select?: SessionSelect;
		/** the deck's own daily limits, under those across all decks */
		deckLimits?: DeckLimits;
	}) {
		this.#mode = options.mode ?? 'normal';
		this.#deckLimits = options.deckLimits;
		this.#select = options.select;
		this.#store = options.store;
		this.#items = options.items;
		this.#cardIds = options.cardIds;
		this.#settings = options.settings;
		this.#clock = options.clock;
	}

	get phase(): Phase {
		return this.#phase;
	}
	get current(): SessionCard | null {
		return this.#current;
	}
	get answered(): number {
		return this.#answered;
	}
	get grades(): Readonly<Record<Grade, number>> {
		return this.#grades;
	}
	/** Set when the last answer made a card a leech, for a notice. */
	get leech(): SessionCard | null {
		return this.#leech;
	}
	get notice(): SessionNotice | null {
		return this.#notice;
	}
	get startedAt(): number {
		return this.#startedAt;
	}
	get canUndo(): boolean {
		return this.#undo.length > 0;
	}

	/** New, learning and review cards left in this session, the one on screen included. */
	get counts(): { new: number; learning: number; review: number } {
		return queueCounts(this.#queues, this.#current);
	}

	/** Learning cards whose next step comes later today, and when the first is due (epoch ms). */
	get waiting(): { count: number; nextAt: number | null } {
		const later = this.#queues.later;
		return { count: later.length, nextAt: later[0]?.memory.due ?? null };
	}

	/** Cards today's limits hold back, and the limit that holds each kind back. */
	get held(): { new: number; review: number; newLimit?: HeldLimit; reviewLimit?: HeldLimit } {
		const limit = (kind: 'new' | 'review'): HeldLimit | undefined => {
			const by = this.#heldBy[kind];
			const field = kind === 'new' ? 'newPerDay' : 'reviewsPerDay';
			const perDay = by === 'deck' ? this.#deckLimits?.[field] : this.#settings[field];
			return by && perDay !== undefined ? { by, perDay } : undefined;
		};
		const [newLimit, reviewLimit] = [limit('new'), limit('review')];
		return {
			new: this.#queues.held.new.length,
			review: this.#queues.held.review.length,
			...(newLimit && { newLimit }),
			...(reviewLimit && { reviewLimit })
		};
	}

	/** Next-interval labels for the four buttons of the card on screen. */
	get previews(): Record<Grade, IntervalPreview> | null {
		return this.#current ? previewIntervals(this.#current.memory, this.#clock(), this.#settings) : null;
	}

	/**
	 * Loads the deck's cards and today's answers in one read and builds today's queue, new cards in
	 * new-card order (those the learner moved come first or last).
	 */
	async start(): Promise<void> {
		const now = this.#clock();
		this.#startedAt = now;
		const rollover = this.#settings.dayRolloverHour;
		// Answers dated after today (a clock that was ahead) do not use up today's limits.
		const { rows, today } = await this.#store.sessionStart(
			this.#cardIds,
			studyDayStart(now, rollover),
			endOfStudyDay(now, rollover)
		);
		const order = newCardOrder(rows);
		const cards = sessionCards(
			order.map((i) => this.#cardIds[i]!),
			order.map((i) => rows[i]),
			this.#items,
			now
		);
		const { byItem, heldBy, ...queues } = sessionQueues(
			cards,
			usedToday(today, this.#deckLimits && { limits: this.#deckLimits, cardIds: this.#cardIds }),
			now,
			this.#settings,
			this.#mode,
			this.#select
		);
		this.#byItem = byItem;
		this.#heldBy = heldBy;
		this.#queues = queues;
		this.#advance();
	}

	/** Shows the answer side. */
	reveal(): void {
		if (this.#phase === 'question') this.#phase = 'answer';
	}

	/** Records a grade for the card on screen (with its mistake, when wrong) and moves to the next one. */
	async grade(grade: Grade, mistake?: MistakeInput): Promise<void> {
		const card = this.#current;
		if (!card || this.#phase === 'loading' || this.#phase === 'done') return;
		const now = this.#clock();
		this.#phase = 'loading';
		let result: AnswerResult;
		try {
			result = await this.#store.recordAnswer(
				{
					cardId: card.id,
					grade,
					now,
					source: 'review',
					durationMs: now - this.#shownAt,
					...(mistake && { mistake })
				},
				this.#settings
			);
		} catch (error) {
			this.#phase = 'answer';
			throw error;
		}
		this.#answered += 1;
		this.#grades[grade] += 1;
		const updated = { ...card, memory: result.card };
		this.#leech = result.becameLeech ? updated : null;
		this.#notice = result.clock ? { code: 'clock', fault: result.clock } : null;
		if (isLearning(updated) && updated.memory.due - now <= LEARN_AHEAD_MS) this.#queueLearning(updated);
		else if (isLearning(updated) && updated.memory.due < endOfStudyDay(now, this.#settings.dayRolloverHour))
			this.#queues.later = [...this.#queues.later, updated].sort((a, b) => a.memory.due - b.memory.due);
		const siblings = this.#settings.burySiblings ? this.#takeSiblings(card) : null;
		this.#undo.push({ kind: 'answer', card, reviewId: result.reviewId, grade, siblings, buried: null });
		this.#advance();
		const toBury = siblings ? takenCards(siblings) : [];
		if (toBury.length > 0) {
			const until = endOfStudyDay(now, this.#settings.dayRolloverHour);
			const buried = await this.#store.bury(
				toBury.map((c) => c.id),
				until,
				now
			);
			const entry = this.#undo.at(-1);
			if (entry?.kind === 'answer' && entry.reviewId === result.reviewId) entry.buried = buried;
		}
	}

	/** Takes back the last answer, suspend or burial of this session and shows that card again. */
	async undo(): Promise<boolean> {
		const entry = this.#undo.pop();
		if (!entry) return false;
		if (entry.kind === 'answer') {
			const outcome = await this.#store.undoAnswer(entry.reviewId, this.#settings);
			if ('refused' in outcome) {
				this.#notice = { code: 'undo-refused', reason: outcome.refused };
				return false;
			}
			if (entry.buried) await this.#store.restoreFlags(entry.buried);
			this.#answered -= 1;
			this.#grades[entry.grade] -= 1;
			if (entry.siblings) this.#queues = returnSiblings(this.#queues, entry.siblings);
			this.#queues.learning = this.#queues.learning.filter((c) => c.id !== entry.card.id);
			this.#queues.later = this.#queues.later.filter((c) => c.id !== entry.card.id);
		} else await this.#store.restoreFlags(entry.before);
		this.#notice = null;
		this.#leech = null;
		this.#show(entry.card);
		return true;
	}

	/** Suspends the card on screen: it leaves every queue until unsuspended. */
	async suspend(): Promise<void> {
		const card = this.#current;
		if (!card) return;
		const before = await this.#store.setSuspended([card.id], true, this.#clock());
		this.#undo.push({ kind: 'suspend', card, before });
		this.#advance();
	}

	/** Suspends a card already answered, e.g. a leech the learner chooses to set aside. */
	async suspendAnswered(cardId: string): Promise<void> {
		const card = this.#leech?.id === cardId ? this.#leech : null;
		const before = await this.#store.setSuspended([cardId], true, this.#clock());
		const { learning, later } = this.#queues;
		this.#queues.learning = learning.filter((c) => c.id !== cardId);
		this.#queues.later = later.filter((c) => c.id !== cardId);
		if (card) this.#undo.push({ kind: 'suspend', card, before });
		this.#leech = null;
	}

	/** Hides the card on screen until the next study day. */
	async bury(): Promise<void> {
		const card = this.#current;
		if (!card) return;
		const now = this.#clock();
		const before = await this.#store.bury([card.id], endOfStudyDay(now, this.#settings.dayRolloverHour), now);
		this.#undo.push({ kind: 'bury', card, before });
		this.#advance();
	}

	/** Adds up to STUDY_MORE cards that a daily limit held back; they count towards today's answers. */
	studyMore(kind: 'new' | 'review'): void {
		const held = this.#queues.held[kind];
		this.#queues.held[kind] = held.slice(STUDY_MORE);
		this.#queues.main = [...this.#queues.main, ...held.slice(0, STUDY_MORE)];
		if (this.#phase === 'done') this.#advance();
	}

	/** Shows the learning cards waiting for a later step now, ahead of their time. */
	studyWaitingNow(): void {
		this.#queues.learning = [...this.#queues.learning, ...this.#queues.later];
		this.#queues.later = [];
		if (this.#phase === 'done') this.#advance();
	}

	#takeSiblings(card: SessionCard): TakenSiblings {
		const { queues, taken } = takeSiblings(this.#queues, this.#byItem, card);
		this.#queues = queues;
		return taken;
	}

	#queueLearning(card: SessionCard): void {
		this.#queues.learning = [...this.#queues.learning, card].sort((a, b) => a.memory.due - b.memory.due);
	}

	#show(card: SessionCard): void {
		if (this.#current) this.#queues.main = [this.#current, ...this.#queues.main];
		this.#current = card;
		this.#phase = 'question';
		this.#shownAt = this.#clock();
	}

	#advance(): void {
		const now = this.#clock();
		const { main, learning } = this.#queues;
		const dueLearning = learning[0] && learning[0].memory.due <= now;
		let next: SessionCard | undefined;
		if (dueLearning || main.length === 0) [next, this.#queues.learning] = [learning[0], learning.slice(1)];
		else [next, this.#queues.main] = [main[0], main.slice(1)];
		this.#current = next ?? null;
		this.#phase = next ? 'question' : 'done';
		this.#shownAt = now;
	}
}
