import { describe, expect, it } from 'vitest';
import { loadMessages } from '../i18n/catalog.svelte';
import { Preferences } from './preferences.svelte';

class MemoryStorage implements Storage {
	#data = new Map<string, string>();
	get length() {
		return this.#data.size;
	}
	clear() {
		this.#data.clear();
	}
	getItem(key: string) {
		return this.#data.get(key) ?? null;
	}
	key(i: number) {
		return Array.from(this.#data.keys())[i] ?? null;
	}
	removeItem(key: string) {
		this.#data.delete(key);
	}
	setItem(key: string, value: string) {
		this.#data.set(key, value);
	}
}

describe('Preferences', () => {
	it('starts from the system theme, English and pinyin on', () => {
		const p = new Preferences(new MemoryStorage());
		expect([p.theme, p.locale, p.showPinyin, p.toneColours]).toEqual(['system', 'en', true, true]);
	});
	it('translates and remembers the language across reloads', async () => {
		await loadMessages(['core', 'words'], 'en');
		const storage = new MemoryStorage();
		const p = new Preferences(storage);
		expect(p.t('nav.words')).toBe('Words');
		// The Chinese words for the loaded groups arrive before the interface switches.
		await p.toggleLocale();
		expect(p.locale).toBe('zh');
		p.setTheme('dark');
		const reloaded = new Preferences(storage);
		expect(reloaded.t('nav.words')).toBe('词汇');
		expect(reloaded.theme).toBe('dark');
		expect(reloaded.t('words.count', { count: 3 })).toBe('3个词');
	});
	it('ignores corrupt saved preferences', () => {
		const storage = new MemoryStorage();
		storage.setItem('preferences', '{not json');
		expect(new Preferences(storage).locale).toBe('en');
		storage.setItem('preferences', JSON.stringify({ theme: 'neon', locale: 'fr' }));
		expect(new Preferences(storage).theme).toBe('system');
	});
});
