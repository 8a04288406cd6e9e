import { cardStates, type CardStateCounts } from './card-states';
import { forecast, type Forecast } from './forecast';
import { heatmap, type Heatmap } from './heatmap';
import { mastery, type LevelMastery } from './mastery';
import { retention, type Retention } from './retention';
import type { ReviewColumns, StatsCard } from './types';

export interface StatsInput {
	reviews: ReviewColumns;
	/** every stored card row */
	cards: readonly StatsCard[];
	/** item id → CEFR level, for every item in the course */
	levelOf: Readonly<Record<string, string>>;
	/** cards in the course per level, in display order */
	totalCardsByLevel: Readonly<Record<string, number>>;
	/** epoch ms */
	now: number;
	/** local hour 0–23 at which the study day begins */
	rolloverHour: number;
	/** minutes local time is ahead of UTC */
	utcOffsetMinutes: number;
}

/** Everything the stats page draws; plain data, so a worker can post it. */
export interface StatsReport {
	/** epoch ms the report was computed for */
	now: number;
	/** answers in the whole log */
	totalReviews: number;
	heatmap: Heatmap;
	forecast: Forecast;
	retention: Retention;
	cardStates: CardStateCounts;
	mastery: LevelMastery[];
}

/** A card id's level through its item id (`${itemId}:${template}`), or undefined when not in the course. */
function cardLevel(levelOf: Readonly<Record<string, string>>): (cardId: string) => string | undefined {
	return (cardId) => {
		const colon = cardId.indexOf(':');
		const itemId = colon < 0 ? cardId : cardId.slice(0, colon);
		return Object.hasOwn(levelOf, itemId) ? levelOf[itemId] : undefined;
	};
}

/** All five stats from the review log and the stored cards, each in one pass over its input. */
export function aggregate(input: StatsInput): StatsReport {
	const { reviews, cards, now, rolloverHour, utcOffsetMinutes } = input;
	const levelOf = cardLevel(input.levelOf);
	const totalCards = Object.values(input.totalCardsByLevel).reduce((sum, n) => sum + n, 0);
	return {
		now,
		totalReviews: reviews.reviewedAt.length,
		heatmap: heatmap(reviews.reviewedAt, now, rolloverHour, utcOffsetMinutes),
		forecast: forecast(cards, now, rolloverHour, utcOffsetMinutes),
		retention: retention(reviews, now, rolloverHour, utcOffsetMinutes),
		cardStates: cardStates(cards, totalCards, (id) => levelOf(id) !== undefined),
		mastery: mastery(cards, levelOf, input.totalCardsByLevel)
	};
}
