/** When to suggest fitting the parameters again: after every 1,000 new reviews since the last fit. */
import type { CardHistories } from './history';

export const REFIT_EVERY = 1000;

/** New long-term reviews since the fit, or null when no fit was applied or too few have been added. */
export function reviewsSinceFit(fittedAtReviews: number | undefined, reviews: number): number | null {
	if (fittedAtReviews === undefined) return null;
	const since = reviews - fittedAtReviews;
	return since >= REFIT_EVERY ? since : null;
}

/**
 * Epoch ms of the first review the fit did not see: the fit counted `fittedAtReviews` long-term
 * reviews, so the newer ones are those after that many in time order. Infinity when there are none.
 */
export function firstReviewAfterFit(histories: CardHistories, fittedAtReviews: number): number {
	const times: number[] = [];
	for (let c = 0; c + 1 < histories.start.length; c++) {
		for (let i = histories.start[c]! + 1; i < histories.start[c + 1]!; i++)
			if (histories.deltaDays[i]! > 0) times.push(histories.reviewedAt[i]!);
	}
	if (fittedAtReviews >= times.length) return Infinity;
	return Float64Array.from(times).sort()[Math.max(0, fittedAtReviews)]!;
}
