import type { Locale } from '$lib/state/i18n/messages';

/** Numbers, shares and dates written the way the interface language writes them. */
export interface StatsFormat {
	number: (value: number) => string;
	/** 0–1 → "87%" */
	percent: (share: number) => string;
	/** "2025-03-12" → "12 Mar" / "3月12日" */
	day: (isoDate: string) => string;
	/** "2025-03-12" → "12 Mar 2025" / "2025年3月12日" */
	date: (isoDate: string) => string;
	/** month 1–12 → "Mar" / "3月" */
	month: (year: number, month: number) => string;
}

type Formatter = Intl.NumberFormat | Intl.DateTimeFormat;

/** A formatter built on first use: building one loads locale data, tens of ms on a slow phone. */
function lazy<T extends Formatter>(build: () => T): { get: () => T } {
	let made: T | undefined;
	return { get: () => (made ??= build()) };
}

function create(locale: Locale) {
	const tag = locale === 'zh' ? 'zh-CN' : 'en-GB';
	// Dates are calendar dates, so they are read and written in UTC.
	const utc = { timeZone: 'UTC' } as const;
	const formatters = {
		number: lazy(() => new Intl.NumberFormat(tag)),
		percent: lazy(() => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 })),
		day: lazy(() => new Intl.DateTimeFormat(tag, { month: 'short', day: 'numeric', ...utc })),
		date: lazy(() => new Intl.DateTimeFormat(tag, { dateStyle: 'medium', ...utc })),
		month: lazy(() => new Intl.DateTimeFormat(tag, { month: 'short', ...utc }))
	};
	const parse = (iso: string) => new Date(`${iso}T00:00:00Z`);
	const format: StatsFormat = {
		number: (value) => formatters.number.get().format(value),
		percent: (share) => formatters.percent.get().format(share),
		day: (iso) => formatters.day.get().format(parse(iso)),
		date: (iso) => formatters.date.get().format(parse(iso)),
		month: (year, m) => formatters.month.get().format(Date.UTC(year, m - 1, 1))
	};
	return { format, formatters: Object.values(formatters) };
}

const cache = new Map<Locale, ReturnType<typeof create>>();
const entry = (locale: Locale) => cache.get(locale) ?? cache.set(locale, create(locale)).get(locale)!;

/** The formatters for a locale, made once and reused. */
export function statsFormat(locale: Locale): StatsFormat {
	return entry(locale).format;
}

/** Builds the locale's formatters one task at a time (while the worker reads), so drawing needn't. */
export function warmStatsFormat(locale: Locale): () => void {
	const timers = entry(locale).formatters.map((formatter) => setTimeout(() => formatter.get(), 0));
	return () => timers.forEach(clearTimeout);
}
