import { createContext } from 'svelte';
import { MESSAGES, format, type Locale, type Translate } from './i18n/messages';

export type Theme = 'system' | 'light' | 'dark';

interface Saved {
	theme: Theme;
	locale: Locale;
	showPinyin: boolean;
	toneColours: boolean;
}

const KEY = 'preferences';
const DEFAULTS: Saved = { theme: 'system', locale: 'en', showPinyin: true, toneColours: true };

function load(storage: Storage | undefined): Saved {
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
		this.#saved = load(storage);
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
	t: Translate = (key, ...values) => format(MESSAGES[this.#saved.locale][key], values[0], this.#saved.locale);

	setTheme(theme: Theme): void {
		this.#update({ theme });
	}
	toggleLocale(): void {
		this.#update({ locale: this.#saved.locale === 'en' ? 'zh' : 'en' });
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
