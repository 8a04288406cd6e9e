/**
 * Repeated measurements summarised as a median and a spread (lowest–highest), so a reader can tell
 * noise from a regression. Any bench group can time its figure several times and report it this way.
 */
import type { Figure } from './report';

export interface Spread {
	median: number;
	low: number;
	high: number;
	runs: number;
}

/** Median (mean of the middle two for an even count), lowest and highest of the samples. */
export function spreadOf(samples: readonly number[]): Spread {
	if (samples.length === 0 || samples.some((x) => !Number.isFinite(x))) {
		return { median: NaN, low: NaN, high: NaN, runs: samples.length };
	}
	const sorted = [...samples].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	const median =
		sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
	return { median, low: sorted[0] ?? NaN, high: sorted[sorted.length - 1] ?? NaN, runs: sorted.length };
}

/** "median of 7, spread 35.1–44.0" */
export function spreadNote(s: Spread): string {
	const digits = (x: number) => (Number.isInteger(x) ? 0 : 1);
	const low = s.low.toFixed(digits(s.low));
	const high = s.high.toFixed(digits(s.high));
	return `median of ${s.runs}, spread ${low}–${high}`;
}

/** A budget figure whose value is the median of the samples, with the spread after the budget. */
export function medianFigure(figure: Omit<Figure, 'value' | 'note'>, samples: readonly number[]): Figure {
	const s = spreadOf(samples);
	return { ...figure, value: s.median, note: spreadNote(s) };
}

/** Stores repeated timings as `key` (median) with `keyLow`, `keyHigh` and `keyRuns`, so the report prints the spread. */
export function recordSpread(figures: Record<string, number>, key: string, samples: readonly number[]): void {
	const s = spreadOf(samples);
	Object.assign(figures, {
		[key]: s.median,
		[`${key}Low`]: s.low,
		[`${key}High`]: s.high,
		[`${key}Runs`]: s.runs
	});
}
