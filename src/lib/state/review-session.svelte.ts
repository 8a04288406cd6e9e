/**
 * One study session over a deck: builds today's queue, shows one card at a time, records each
 * grade through the answer path, and supports undo, suspend and bury. The clock is injected.
 */
import type { StudyItem } from '$lib/content/types';
import { parseCardId } from '$lib/domain/cards/card-id';
import { spreadSiblings } from '$lib/domain/cards/sibling-order';
import { isCardTemplate, type CardTemplate } from '$lib/domain/cards/templates';
import { catchUpQueue } from '$lib/domain/scheduling/catch-up';
import { buildQueue, type DailyQueue, type QueueCard } from '$lib/domain/scheduling/daily-queue';
import { newMemoryState, previewIntervals, type IntervalPreview } from '$lib/domain/scheduling/scheduler';
import { endOfStudyDay, studyDayStart } from '$lib/domain/scheduling/study-day';
import { doneToday } from '$lib/domain/scheduling/today';
import type { Grade, MemoryState, SchedulerSettings } from '$lib/domain/scheduling/types';
import type { CardRow, ReviewRow } from '$lib/data/db';
import type { AnswerInput, AnswerResult, MistakeInput } from '$lib/data/review-repository';

/** The storage a session needs; the app passes the repositories, tests may pass fakes. */
export interface SessionStore {
	cardRows(ids: readonly string[]): Promise<(CardRow | undefined)[]>;
	reviewsSince(since: number): Promise<ReviewRow[]>;
	recordAnswer(input: AnswerInput, settings: SchedulerSettings): Promise<AnswerResult>;
	undoLast(settings: SchedulerSettings): Promise<ReviewRow | null>;
	setSuspended(cardId: string, suspended: boolean, now: number): Promise<void>;
	bury(cardId: string, until: number, now: number): Promise<void>;
}

export interface SessionCard {
	id: string;
	item: StudyItem;
	template: CardTemplate;
	memory: MemoryState;
}

export type Phase = 'loading' | 'question' | 'answer' | 'done';

/** Learning cards due within this window are shown again in the same session rather than left for later. */
const LEARN_AHEAD_MS = 20 * 60_000;

export class ReviewSession {
	phase = $state<Phase>('loading');
	current = $state<SessionCard | null>(null);
	counts = $state({ new: 0, learning: 0, review: 0 });
	answered = $state(0);
	grades = $state<Record<Grade, number>>({ 1: 0, 2: 0, 3: 0, 4: 0 });
	/** Set when the last answer made a card a leech, for a notice. */
	leech = $state<SessionCard | null>(null);
	startedAt = 0;

	#main: SessionCard[] = [];
	#learning: SessionCard[] = [];
	#shownAt = 0;
	#history: SessionCard[] = [];
	readonly #store: SessionStore;
	readonly #items: ReadonlyMap<string, StudyItem>;
	readonly #cardIds: readonly string[];
	readonly #settings: SchedulerSettings;
	readonly #clock: () => number;
	readonly #mode: 'normal' | 'catch-up';
	readonly #select: ((cards: readonly QueueCard[], queue: DailyQueue, now: number) => string[]) | undefined;

	constructor(options: {
		store: SessionStore;
		items: ReadonlyMap<string, StudyItem>;
		cardIds: readonly string[];
		settings: SchedulerSettings;
		clock: () => number;
		/** 'catch-up' studies only overdue reviews, lowest recall first, capped at a day's reviews. */
		mode?: 'normal' | 'catch-up';
		/** picks a custom session's cards instead of today's queue (see custom-study.ts) */
		select?: (cards: readonly QueueCard[], queue: DailyQueue, now: number) => string[];
	}) {
		this.#mode = options.mode ?? 'normal';
		this.#select = options.select;
		this.#store = options.store;
		this.#items = options.items;
		this.#cardIds = options.cardIds;
		this.#settings = options.settings;
		this.#clock = options.clock;
	}

	/** Total cards left, including the one on screen. */
	get remaining(): number {
		return this.counts.new + this.counts.learning + this.counts.review;
	}

	/** Next-interval labels for the four buttons of the card on screen. */
	get previews(): Record<Grade, IntervalPreview> | null {
		return this.current ? previewIntervals(this.current.memory, this.#clock(), this.#settings) : null;
	}

	/** Loads the deck's cards and builds today's queue. */
	async start(): Promise<void> {
		const now = this.#clock();
		this.startedAt = now;
		const rows = await this.#store.cardRows(this.#cardIds);
		const cards: (QueueCard & { card: SessionCard })[] = [];
		this.#cardIds.forEach((id, i) => {
			const { itemId, template } = parseCardId(id);
			const item = this.#items.get(itemId);
			if (!item || !isCardTemplate(template)) return;
			const row = rows[i];
			const memory = row ?? newMemoryState(now);
			cards.push({
				id,
				memory,
				suspended: row?.suspended === 1,
				...(row?.buriedUntil ? { buriedUntil: row.buriedUntil } : {}),
				card: { id, item, template, memory }
			});
		});
		const today = await this.#store.reviewsSince(studyDayStart(now, this.#settings.dayRolloverHour));
		const queue = buildQueue({
			cards,
			now,
			settings: this.#settings,
			...doneToday(today)
		});
		const byId: Record<string, SessionCard> = Object.fromEntries(cards.map((c) => [c.id, c.card]));
		const pick = (ids: string[]) => ids.flatMap((id) => byId[id] ?? []);
		if (this.#select) {
			this.#main = pick(this.#select(cards, queue, now));
		} else if (this.#mode === 'catch-up') {
			this.#main = pick(catchUpQueue(cards, now, this.#settings.reviewsPerDay, this.#settings.weights));
		} else {
			this.#learning = pick(queue.learning);
			// Reviews first, then new cards with the templates of one item spread apart.
			this.#main = [...pick(queue.review), ...spreadSiblings(pick(queue.new), (c) => c.item.id)];
		}
		this.#advance();
		this.#recount();
	}

	/** Shows the answer side. */
	reveal(): void {
		if (this.phase === 'question') this.phase = 'answer';
	}

	/** Records a grade for the card on screen (with its mistake, when wrong) and moves to the next one. */
	async grade(grade: Grade, mistake?: MistakeInput): Promise<void> {
		const card = this.current;
		if (!card || this.phase === 'loading' || this.phase === 'done') return;
		const now = this.#clock();
		this.phase = 'loading';
		try {
			const result = await this.#store.recordAnswer(
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
			this.answered += 1;
			this.grades[grade] += 1;
			this.#history.push(card);
			const updated = { ...card, memory: result.card };
			this.leech = result.becameLeech ? updated : null;
			if ((result.card.state === 1 || result.card.state === 3) && result.card.due - now <= LEARN_AHEAD_MS) {
				this.#learning.push(updated);
				this.#learning.sort((a, b) => a.memory.due - b.memory.due);
			}
		} catch (error) {
			this.phase = 'answer';
			throw error;
		}
		this.#advance();
		this.#recount();
	}

	/** Takes back the last answer of this session and shows that card again. */
	async undo(): Promise<boolean> {
		const card = this.#history.at(-1);
		if (!card) return false;
		const undone = await this.#store.undoLast(this.#settings);
		if (!undone || undone.cardId !== card.id) return false;
		this.#history.pop();
		this.answered -= 1;
		this.grades[undone.grade] -= 1;
		this.#learning = this.#learning.filter((c) => c.id !== card.id);
		if (this.current) this.#main.unshift(this.current);
		this.current = card;
		this.phase = 'question';
		this.#shownAt = this.#clock();
		this.#recount();
		return true;
	}

	/** Suspends the card on screen: it leaves every queue until unsuspended. */
	async suspend(): Promise<void> {
		const card = this.current;
		if (!card) return;
		await this.#store.setSuspended(card.id, true, this.#clock());
		this.#advance();
		this.#recount();
	}

	/** Suspends a card already answered, e.g. a leech the learner chooses to set aside. */
	async suspendAnswered(cardId: string): Promise<void> {
		await this.#store.setSuspended(cardId, true, this.#clock());
		this.#learning = this.#learning.filter((c) => c.id !== cardId);
		if (this.leech?.id === cardId) this.leech = null;
		this.#recount();
	}

	/** Hides the card on screen until the next study day. */
	async bury(): Promise<void> {
		const card = this.current;
		if (!card) return;
		const now = this.#clock();
		await this.#store.bury(card.id, endOfStudyDay(now, this.#settings.dayRolloverHour), now);
		this.#advance();
		this.#recount();
	}

	#advance(): void {
		const now = this.#clock();
		const dueLearning = this.#learning[0] && this.#learning[0].memory.due <= now;
		const next = dueLearning || this.#main.length === 0 ? this.#learning.shift() : this.#main.shift();
		this.current = next ?? null;
		this.phase = next ? 'question' : 'done';
		this.#shownAt = now;
	}

	#recount(): void {
		const all = [...this.#main, ...this.#learning, ...(this.current ? [this.current] : [])];
		this.counts = {
			new: all.filter((c) => c.memory.state === 0).length,
			learning: all.filter((c) => c.memory.state === 1 || c.memory.state === 3).length,
			review: all.filter((c) => c.memory.state === 2).length
		};
	}
}
