/**
 * The optimizer's training set, built as Anki builds it: one item per review on a later day, holding
 * the card's whole history up to that review, in the order the reviews happened.
 */
import type { CardHistories } from './history';

/** The optimizer's input: item k is `lengths[k]` consecutive entries of `ratings` and `deltaTs`. */
export interface TrainingItems {
	ratings: Uint32Array;
	deltaTs: Uint32Array;
	lengths: Uint32Array;
	/** cards whose items are in the set, out of `ofCards` that have any */
	cards: number;
	ofCards: number;
}

/** fsrs-rs 5.2 (inside fsrs-browser) drops items longer than this (its `max_seq_len`), so they are never built. */
export const MAX_ITEM_LENGTH = 64;

/**
 * Entries (items × their lengths) the fit trains on at most. Training time grows with this total, 15–40 µs
 * an entry on a busy 2-core machine, so a million reviews (nine million entries) would take minutes.
 */
export const TRAINING_ENTRIES_CAP = 150_000;

/** Entries a card contributes: the lengths of its items. */
function cardEntries(histories: CardHistories, from: number, to: number): number {
	let entries = 0;
	for (let end = from + 1; end < Math.min(to, from + MAX_ITEM_LENGTH); end++)
		if (histories.deltaDays[end]! > 0) entries += end - from + 1;
	return entries;
}

/**
 * Expands histories into training items, ordered by the time of each item's last review (fsrs-rs
 * weights later items more, assuming that order). Above `cap` entries it keeps every item of an evenly
 * spaced sample of cards: fsrs-rs 6 avoids the per-card quadratic cost with card ids, but fsrs-browser
 * 5.2 cannot, and a whole-card sample keeps the mix of young and old cards that the fit learns from.
 */
export function trainingItems(histories: CardHistories, cap = TRAINING_ENTRIES_CAP): TrainingItems {
	const cardCount = histories.start.length - 1;
	const entries = new Float64Array(cardCount);
	let total = 0;
	let ofCards = 0;
	for (let c = 0; c < cardCount; c++) {
		entries[c] = cardEntries(histories, histories.start[c]!, histories.start[c + 1]!);
		total += entries[c]!;
		if (entries[c]! > 0) ofCards++;
	}
	const share = total > cap ? cap / total : 1;
	const ends: number[] = [];
	const owner: number[] = [];
	let seen = 0;
	let cards = 0;
	for (let c = 0; c < cardCount; c++) {
		if (entries[c] === 0) continue;
		// Systematic sampling: take the card when the running share crosses a whole number.
		const take = Math.floor((seen + 1) * share) > Math.floor(seen * share);
		seen++;
		if (!take) continue;
		cards++;
		const from = histories.start[c]!;
		const to = Math.min(histories.start[c + 1]!, from + MAX_ITEM_LENGTH);
		for (let end = from + 1; end < to; end++) {
			if (histories.deltaDays[end] === 0) continue;
			ends.push(end);
			owner.push(from);
		}
	}
	const order = Array.from(ends.keys()).sort(
		(a, b) => histories.reviewedAt[ends[a]!]! - histories.reviewedAt[ends[b]!]!
	);
	let size = 0;
	for (const k of order) size += ends[k]! - owner[k]! + 1;
	const ratings = new Uint32Array(size);
	const deltaTs = new Uint32Array(size);
	const lengths = new Uint32Array(order.length);
	let at = 0;
	order.forEach((k, n) => {
		const from = owner[k]!;
		const length = ends[k]! - from + 1;
		ratings.set(histories.ratings.subarray(from, from + length), at);
		deltaTs.set(histories.deltaDays.subarray(from, from + length), at);
		lengths[n] = length;
		at += length;
	});
	return { ratings, deltaTs, lengths, cards, ofCards };
}
