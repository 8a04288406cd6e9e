/**
 * The mistake notebook (错题本): wrong answers grouped by item, kind and word. An item stays active
 * until it is answered right CLEAR_AFTER times in a row; its history is kept either way.
 */
import { MISTAKE_KINDS, type MistakeKind } from '../drills/sources';

/** Correct answers in a row after the last mistake that take an item out of the active notebook. */
export const CLEAR_AFTER = 3;

/** One recorded wrong answer (a MistakeRow fits). */
export interface MistakeRecord {
	itemId: string;
	cardId: string;
	reviewId: number;
	kind: MistakeKind;
	source: string;
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

/** The word an item id belongs to: the part before the first dot. */
export function entryOfItem(itemId: string): string {
	return itemId.split('.')[0] ?? itemId;
}

/** The cards whose answers count towards an item's streak: where it went wrong, and its drill and quiz. */
export function streakCardIds(itemId: string, mistakes: readonly MistakeRecord[]): string[] {
	return [...new Set([...mistakes.map((m) => m.cardId), `${itemId}:drill`, `${itemId}:quiz`])];
}

/**
 * Correct answers (grade above Again) in a row after `afterReviewId`, oldest first in `answers`, and
 * when the run first reached CLEAR_AFTER.
 */
export function streakAfter(
	answers: readonly AnswerRecord[],
	afterReviewId: number
): { streak: number; clearedAt?: number } {
	let streak = 0;
	let clearedAt: number | undefined;
	for (const a of answers) {
		if ((a.id ?? 0) <= afterReviewId) continue;
		streak = a.grade > 1 ? streak + 1 : 0;
		if (streak === CLEAR_AFTER) clearedAt = a.reviewedAt;
		if (streak === 0) clearedAt = undefined;
	}
	return { streak, ...(clearedAt !== undefined && { clearedAt }) };
}

/**
 * Groups mistakes by item, newest item first. `answers` are the answers on the items' cards in log
 * order (at least those after each item's last mistake).
 */
export function notebookItems(
	mistakes: readonly MistakeRecord[],
	answers: readonly AnswerRecord[]
): NotebookItem[] {
	const byItem = new Map<string, MistakeRecord[]>();
	for (const m of mistakes) byItem.set(m.itemId, [...(byItem.get(m.itemId) ?? []), m]);
	const byCard = new Map<string, AnswerRecord[]>();
	for (const a of answers) byCard.set(a.cardId, [...(byCard.get(a.cardId) ?? []), a]);
	const items = [...byItem].map(([itemId, list]): NotebookItem => {
		const sorted = [...list].sort((a, b) => b.at - a.at || b.reviewId - a.reviewId);
		const last = sorted[0] as MistakeRecord;
		const cardIds = streakCardIds(itemId, sorted);
		const own = cardIds.flatMap((id) => byCard.get(id) ?? []).sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
		const { streak, clearedAt } = streakAfter(own, last.reviewId);
		return {
			itemId,
			entryId: entryOfItem(itemId),
			mistakes: sorted,
			kinds: MISTAKE_KINDS.filter((k) => sorted.some((m) => m.kind === k)),
			cardIds,
			streak,
			active: streak < CLEAR_AFTER,
			lastAt: last.at,
			...(clearedAt !== undefined && { clearedAt })
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
	const groups = new Map<string, NotebookItem[]>();
	for (const i of items) groups.set(i.entryId, [...(groups.get(i.entryId) ?? []), i]);
	return [...groups]
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
