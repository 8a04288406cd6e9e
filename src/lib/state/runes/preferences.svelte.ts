import { createContext } from 'svelte';
import { message, useLocale } from '../i18n/catalog.svelte';
import { dateText, oneDecimal, type DateStyle } from '../i18n/format';
import { format, type Locale, type Translate } from '../i18n/messages';

export type Theme = 'system' | 'light' | 'dark';

interface Saved {
	theme: Theme;
	locale: Locale;
	showPinyin: boolean;
	toneColours: boolean;
}

const KEY = 'preferences';
const DEFAULTS: Saved = { theme: 'system', locale: 'en', showPinyin: true, toneColours: true };

/** The saved preferences, or the defaults for anything missing or malformed. */
export function savedPreferences(storage: Storage | undefined): Saved {
	try {
		const raw: unknown = JSON.parse(storage?.getItem(KEY) ?? '{}');
		if (typeof raw !== 'object' || raw === null) return DEFAULTS;
		const r = raw as Partial<Record<keyof Saved, unknown>>;
		return {
			theme: r.theme === 'light' || r.theme === 'dark' ? r.theme : 'system',
			locale: r.locale === 'zh' ? 'zh' : 'en',
			showPinyin: typeof r.showPinyin === 'boolean' ? r.showPinyin : DEFAULTS.showPinyin,
			toneColours: typeof r.toneColours === 'boolean' ? r.toneColours : DEFAULTS.toneColours
		};
	} catch {
		return DEFAULTS;
	}
}

/** Display preferences: theme, interface language, pinyin and tone colours. Saved in localStorage. */
export class Preferences {
	#saved = $state<Saved>(DEFAULTS);
	#storage: Storage | undefined;

	constructor(storage?: Storage) {
		this.#storage = storage;
		this.#saved = savedPreferences(storage);
	}

	get theme(): Theme {
		return this.#saved.theme;
	}
	get locale(): Locale {
		return this.#saved.locale;
	}
	get showPinyin(): boolean {
		return this.#saved.showPinyin;
	}
	get toneColours(): boolean {
		return this.#saved.toneColours;
	}

	/** The interface string for a key in the current language. */
	t: Translate = (key, ...values) => {
		const locale = this.#saved.locale;
		return format(message(locale, key), values[0], locale);
	};

	/** An instant in one of the app's date styles, in the interface language. */
	date = (ms: number, style?: DateStyle): string => dateText(this.#saved.locale, ms, style);

	/** A number rounded to at most one decimal, in the interface language. */
	oneDecimal = (n: number): string => oneDecimal(this.#saved.locale, n);

	setTheme(theme: Theme): void {
		this.#update({ theme });
	}
	/** Switches language once the other language's words for every loaded group have arrived. */
	async toggleLocale(): Promise<void> {
		const locale = this.#saved.locale === 'en' ? 'zh' : 'en';
		await useLocale(locale);
		this.#update({ locale });
	}
	setShowPinyin(on: boolean): void {
		this.#update({ showPinyin: on });
	}
	setToneColours(on: boolean): void {
		this.#update({ toneColours: on });
	}

	#update(change: Partial<Saved>): void {
		this.#saved = { ...this.#saved, ...change };
		try {
			this.#storage?.setItem(KEY, JSON.stringify(this.#saved));
		} catch {
			// A full or blocked storage only costs the preference, never the page.
		}
	}
}

export const [getPreferences, setPreferences] = createContext<Preferences>();
