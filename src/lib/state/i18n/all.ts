import { format } from './messages';
import type { English, Locale, MessageKey, Translate } from './types';

/** The whole catalogue at once, for tests and build tools; pages load groups through the catalog. */
function table(modules: Record<string, Record<string, string>>): Record<MessageKey, string> {
	return Object.assign({}, ...Object.values(modules)) as Record<MessageKey, string>;
}

export const MESSAGES: { en: English; zh: Record<MessageKey, string> } = {
	en: table(import.meta.glob('./en/*.ts', { import: 'default', eager: true })) as unknown as English,
	zh: table(import.meta.glob('./zh/*.ts', { import: 'default', eager: true }))
};

/** A translator for one language. */
export function translator(locale: Locale): Translate {
	return (key, ...values) => format(MESSAGES[locale][key], values[0], locale);
}
