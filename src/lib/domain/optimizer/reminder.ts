/** When to suggest fitting the parameters again: after every 1,000 new reviews since the last fit. */
export const REFIT_EVERY = 1000;

/** New long-term reviews since the fit, or null when no fit was applied or too few have been added. */
export function reviewsSinceFit(fittedAtReviews: number | undefined, reviews: number): number | null {
	if (fittedAtReviews === undefined) return null;
	const since = reviews - fittedAtReviews;
	return since >= REFIT_EVERY ? since : null;
}
