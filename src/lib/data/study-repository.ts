/** Deck overviews for the study screen: new, learning and due counts from the stored cards. */
import {
	deckCounts,
	type DeckCounts,
	type DeckLimits,
	type QueueCard
} from '$lib/domain/scheduling/daily-queue';
import { newMemoryState } from '$lib/domain/scheduling/scheduler';
import { endOfStudyDay, studyDayStart } from '$lib/domain/scheduling/study-day';
import { doneToday, usedToday } from '$lib/domain/scheduling/today';
import type { SchedulerSettings } from '$lib/domain/scheduling/types';
import { cardRows } from './card-repository';
import { answersSince } from './review-log';

export interface DeckCardIds {
	id: string;
	cardIds: readonly string[];
}

export interface StudyOverview {
	decks: Record<string, DeckCounts>;
	/** review cards due today across all decks, for the catch-up offer */
	dueReviews: number;
	reviewsToday: number;
}

/** Counts for every deck at `now` (epoch ms), with today's caps applied: the deck's own and those across all decks. */
export async function studyOverview(
	decks: readonly DeckCardIds[],
	now: number,
	settings: SchedulerSettings,
	deckLimits: Readonly<Record<string, DeckLimits>> = {}
): Promise<StudyOverview> {
	const ids = [...new Set(decks.flatMap((d) => d.cardIds))];
	const [rows, since] = await Promise.all([
		cardRows(ids),
		answersSince(studyDayStart(now, settings.dayRolloverHour))
	]);
	// Answers dated after today, from a clock that was ahead, do not use up today's limits.
	const dayEnd = endOfStudyDay(now, settings.dayRolloverHour);
	const today = since.filter((r) => r.reviewedAt < dayEnd);
	const fresh = newMemoryState(now);
	const cards: QueueCard[] = ids.map((id, i) => {
		const row = rows[i];
		return {
			id,
			memory: row ?? fresh,
			suspended: row?.suspended === 1,
			...(row?.buriedUntil ? { buriedUntil: row.buriedUntil } : {})
		};
	});
	const input = {
		cards,
		now,
		settings,
		...doneToday(today)
	};
	const uncapped = { ...input, settings: { ...settings, reviewsPerDay: Number.MAX_SAFE_INTEGER } };
	// Each deck is counted over its own cards, not by sifting every card of every deck once per deck;
	// a deck with limits of its own is also held to what its own cards used of them today.
	const byId = new Map(cards.map((c) => [c.id, c]));
	const counts = (d: DeckCardIds) => {
		const limits = deckLimits[d.id];
		const own = [...new Set(d.cardIds)].flatMap((id) => byId.get(id) ?? []);
		return deckCounts(
			{ ...input, cards: own, ...usedToday(today, limits && { limits, cardIds: d.cardIds }) },
			d.cardIds
		);
	};
	return {
		decks: Object.fromEntries(decks.map((d) => [d.id, counts(d)])),
		dueReviews: deckCounts(uncapped, ids).due,
		reviewsToday: today.length
	};
}
