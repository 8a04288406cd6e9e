/**
 * Numbers, dates and plurals in the interface language, one place for the whole app. Formatters are
 * built on first use and kept: each Intl object costs a slow phone tens of milliseconds to make.
 */
import type { Locale } from './types';

/** The BCP 47 tag of each interface language, for Intl and for `lang` attributes. */
export const LOCALE_TAG: Record<Locale, string> = { en: 'en', zh: 'zh-CN' };

const made = new Map<string, Intl.PluralRules | Intl.NumberFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.PluralRules | Intl.NumberFormat | Intl.DateTimeFormat>(
	key: string,
	make: () => T
): T {
	let found = made.get(key) as T | undefined;
	if (!found) made.set(key, (found = make()));
	return found;
}

/** The plural category of a count: only 'one' and 'other' occur in English and Chinese. */
export function pluralOf(locale: Locale, n: number): 'one' | 'other' {
	const rules = cached(`plural:${locale}`, () => new Intl.PluralRules(LOCALE_TAG[locale]));
	return rules.select(n) === 'one' ? 'one' : 'other';
}

/**
 * A whole number with thousands separators, "1,972". English and Chinese group the same way, so
 * this needs no Intl object, which keeps number-only pages from paying for one at start.
 */
export function wholeNumber(n: number): string {
	if (!Number.isSafeInteger(n)) return String(n);
	return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** A number with a fixed count of decimals, grouped: `decimals(1234.5, 2)` is "1,234.50". */
export function decimals(locale: Locale, n: number, digits: number): string {
	return cached(
		`number:${locale}:${digits}`,
		() =>
			new Intl.NumberFormat(LOCALE_TAG[locale], {
				minimumFractionDigits: digits,
				maximumFractionDigits: digits
			})
	).format(n);
}

/** A number rounded to at most one decimal, "2.5" or "3". */
export function oneDecimal(locale: Locale, n: number): string {
	return cached(
		`number:${locale}:max1`,
		() => new Intl.NumberFormat(LOCALE_TAG[locale], { maximumFractionDigits: 1 })
	).format(n);
}

/** How dates are written: a day, a long day, a day and time, a time, a short day and month. */
const DATE_STYLES = {
	date: { dateStyle: 'medium' },
	long: { dateStyle: 'long' },
	dateTime: { dateStyle: 'medium', timeStyle: 'short' },
	time: { timeStyle: 'short' },
	dayMonth: { day: 'numeric', month: 'short' }
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateStyle = keyof typeof DATE_STYLES;

/** An instant (epoch ms) in the device's time zone, in one of the app's date styles. */
export function dateText(locale: Locale, ms: number, style: DateStyle = 'date'): string {
	const date = new Date(ms);
	if (Number.isNaN(date.getTime())) return '—';
	return cached(
		`date:${locale}:${style}`,
		() => new Intl.DateTimeFormat(LOCALE_TAG[locale], DATE_STYLES[style])
	).format(date);
}
