/**
 * The mistake notebook (错题本): wrong answers grouped by item, kind and word. An item stays active
 * until it is answered right CLEAR_AFTER times in a row; its history is kept either way.
 */
import { MISTAKE_KINDS, type MistakeKind } from '../practice/sources';
import type { AnswerSource } from '../scheduling/types';
import { entryOfItem, tryCardId } from '../cards/card-id';

/** Correct answers in a row after the last mistake that take an item out of the active notebook. */
export const CLEAR_AFTER = 3;

/** One recorded wrong answer (a MistakeRow fits). */
export interface MistakeRecord {
	itemId: string;
	cardId: string;
	reviewId: number;
	kind: MistakeKind;
	source: AnswerSource;
	expected: string;
	given: string;
	note?: string;
	/** epoch ms */
	at: number;
}

/** One graded answer (a ReviewRow fits). */
export interface AnswerRecord {
	id?: number;
	cardId: string;
	grade: number;
	/** epoch ms */
	reviewedAt: number;
}

export interface NotebookItem {
	itemId: string;
	/** the word the item belongs to ("kehu-guanxi" for "kehu-guanxi.colloc.weihu") */
	entryId: string;
	/** newest first */
	mistakes: MistakeRecord[];
	kinds: MistakeKind[];
	/** the cards answers to this item are recorded on */
	cardIds: string[];
	/** correct answers in a row since the last mistake */
	streak: number;
	active: boolean;
	/** epoch ms of the last mistake */
	lastAt: number;
	/** epoch ms of the answer that cleared it, when it is cleared */
	clearedAt?: number;
}

/** The cards whose answers count towards an item's streak: where it went wrong, and its drill and quiz. */
export function streakCardIds(itemId: string, mistakes: readonly MistakeRecord[]): string[] {
	return [
		...new Set([
			...mistakes.map((m) => m.cardId),
			...[tryCardId(itemId, 'drill'), tryCardId(itemId, 'quiz')].filter((c) => c !== null)
		])
	];
}

/** A streak being counted: correct answers in a row after the last mistake, and when it reached CLEAR_AFTER. */
interface Streak {
	after: number;
	streak: number;
	clearedAt?: number;
}

function count(run: Streak, a: AnswerRecord): void {
	if ((a.id ?? 0) <= run.after) return;
	run.streak = a.grade > 1 ? run.streak + 1 : 0;
	if (run.streak === CLEAR_AFTER) run.clearedAt = a.reviewedAt;
	if (run.streak === 0) delete run.clearedAt;
}

function groupBy<T>(list: readonly T[], key: (x: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const x of list) {
		const k = key(x);
		const group = groups.get(k);
		if (group) group.push(x);
		else groups.set(k, [x]);
	}
	return groups;
}

/**
 * Groups mistakes by item, newest item first. `answers` are the answers on the items' cards in log
 * order (at least those after each item's last mistake).
 */
export function notebookItems(
	mistakes: readonly MistakeRecord[],
	answers: readonly AnswerRecord[]
): NotebookItem[] {
	const built = [...groupBy(mistakes, (m) => m.itemId)].map(([itemId, list]) => {
		const sorted = [...list].sort((a, b) => b.at - a.at || b.reviewId - a.reviewId);
		const after = Math.max(...sorted.map((m) => m.reviewId));
		const run: Streak = { after, streak: 0 };
		return { itemId, sorted, cardIds: streakCardIds(itemId, sorted), run };
	});
	// One pass over the log: each answer advances the streak of every item its card belongs to.
	const byCard = new Map<string, Streak[]>();
	for (const b of built) for (const id of b.cardIds) byCard.set(id, [...(byCard.get(id) ?? []), b.run]);
	const ordered = answers.every((a, i) => i === 0 || (a.id ?? 0) >= (answers[i - 1]?.id ?? 0))
		? answers
		: [...answers].sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
	for (const a of ordered) for (const run of byCard.get(a.cardId) ?? []) count(run, a);
	const items = built.map(({ itemId, sorted, cardIds, run }): NotebookItem => {
		const last = sorted[0] as MistakeRecord;
		return {
			itemId,
			entryId: entryOfItem(itemId),
			mistakes: sorted,
			kinds: MISTAKE_KINDS.filter((k) => sorted.some((m) => m.kind === k)),
			cardIds,
			streak: run.streak,
			active: run.streak < CLEAR_AFTER,
			lastAt: last.at,
			...(run.clearedAt !== undefined && { clearedAt: run.clearedAt })
		};
	});
	return items.sort((a, b) => b.lastAt - a.lastAt);
}

export interface KindCount {
	kind: MistakeKind;
	/** active items with at least one mistake of this kind */
	active: number;
	/** every mistake of this kind ever recorded */
	total: number;
}

/** Counts per kind, in MISTAKE_KINDS order. */
export function countsByKind(items: readonly NotebookItem[]): KindCount[] {
	return MISTAKE_KINDS.map((kind) => ({
		kind,
		active: items.filter((i) => i.active && i.kinds.includes(kind)).length,
		total: items.reduce((n, i) => n + i.mistakes.filter((m) => m.kind === kind).length, 0)
	}));
}

export interface WordGroup {
	entryId: string;
	items: NotebookItem[];
	active: number;
}

/** Items grouped by word, the words with the most active items first. */
export function groupByWord(items: readonly NotebookItem[]): WordGroup[] {
	return [...groupBy(items, (i) => i.entryId)]
		.map(([entryId, list]) => ({ entryId, items: list, active: list.filter((i) => i.active).length }))
		.sort(
			(a, b) => b.active - a.active || b.items.length - a.items.length || a.entryId.localeCompare(b.entryId)
		);
}

/** What a retry run should ask: each active item as many times as it still needs, most-missed first. */
export function retryPlan(items: readonly NotebookItem[], limit: number): NotebookItem[] {
	const active = items
		.filter((i) => i.active)
		.sort((a, b) => b.mistakes.length - a.mistakes.length || b.lastAt - a.lastAt);
	const plan: NotebookItem[] = [];
	for (let round = 0; round < CLEAR_AFTER && plan.length < limit; round++) {
		for (const item of active) {
			if (plan.length >= limit) break;
			if (item.streak + round < CLEAR_AFTER) plan.push(item);
		}
	}
	return plan;
}
