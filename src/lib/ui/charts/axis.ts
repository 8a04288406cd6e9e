/** Axis scaling shared by the charts: round maxima and evenly spaced ticks. */

/** The smallest 1, 2, 2.5 or 5 × 10ⁿ at or above `max`, so axis labels read as round numbers. */
export function niceMax(max: number): number {
	if (!(max > 0)) return 1;
	const power = 10 ** Math.floor(Math.log10(max));
	const step = [1, 2, 2.5, 5, 10].find((f) => f * power >= max) ?? 10;
	return step * power;
}

/** `count` + 1 evenly spaced values from `min` to `max`. */
export function ticks(min: number, max: number, count: number): number[] {
	return Array.from({ length: count + 1 }, (_, i) => min + ((max - min) * i) / count);
}
