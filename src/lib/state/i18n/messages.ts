import type { Locale } from './types';

export type { English, Locale, MessageKey, MessageValues, Translate, Translation } from './types';

const PLURAL = /\{(\w+), plural, one \{([^}]*)\} other \{([^}]*)\}\}/g;
const PLURAL_RULES = { en: new Intl.PluralRules('en'), zh: new Intl.PluralRules('zh') };

/**
 * Fills {name} placeholders and plurals, `{count, plural, one {# card} other {# cards}}`, by the
 * locale's plural rules (Chinese has one form). A value missing at run time renders as nothing.
 */
export function format(
	template: string,
	values: Record<string, string | number> = {},
	locale: Locale = 'en'
): string {
	const counted = template.replace(PLURAL, (_m, name: string, one: string, other: string) => {
		const value = values[name];
		if (value === undefined) return other.replace(/#/g, '');
		// A count may arrive already formatted ("1,234"); its plural form is that of the number.
		const n = typeof value === 'number' ? value : Number(value.replace(/[^\d.-]/g, ''));
		return (PLURAL_RULES[locale].select(n) === 'one' ? one : other).replace(/#/g, String(value));
	});
	return counted.replace(/\{(\w+)\}/g, (_m, name: string) => String(values[name] ?? ''));
}
