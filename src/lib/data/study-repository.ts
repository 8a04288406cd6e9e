/** Deck overviews for the study screen: new, learning and due counts from the stored cards. */
import type { DeckLimits, QueueCard } from '$lib/domain/scheduling/daily-queue';
import { studyCounts, type DeckCardIds, type StudyCounts } from '$lib/domain/scheduling/study-counts';
import { endOfStudyDay, studyDayStart } from '$lib/domain/scheduling/study-day';
import type { SchedulerSettings } from '$lib/domain/scheduling/types';
import { cardRows } from './card-repository';
import { answersSince } from './review-log';

export type { DeckCardIds, StudyCounts as StudyOverview } from '$lib/domain/scheduling/study-counts';

/** Counts for every deck at `now` (epoch ms) from the stored cards and today's answers (see studyCounts). */
export async function studyOverview(
	decks: readonly DeckCardIds[],
	now: number,
	settings: SchedulerSettings,
	deckLimits: Readonly<Record<string, DeckLimits>> = {}
): Promise<StudyCounts> {
	const ids = [...new Set(decks.flatMap((d) => d.cardIds))];
	const [rows, since] = await Promise.all([
		cardRows(ids),
		answersSince(studyDayStart(now, settings.dayRolloverHour))
	]);
	// Answers dated after today, from a clock that was ahead, do not use up today's limits.
	const dayEnd = endOfStudyDay(now, settings.dayRolloverHour);
	const today = since.filter((r) => r.reviewedAt < dayEnd);
	const stored = new Map<string, QueueCard>();
	rows.forEach((row, i) => {
		const id = ids[i];
		if (!row || id === undefined) return;
		stored.set(id, {
			id,
			memory: row,
			suspended: row.suspended === 1,
			...(row.buriedUntil ? { buriedUntil: row.buriedUntil } : {})
		});
	});
	return studyCounts(decks, stored, today, now, settings, deckLimits);
}
