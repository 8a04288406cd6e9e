import { GROUPS, groupOf, type Group } from './groups';
import type { Locale } from './types';

type Table = Readonly<Record<string, string>>;

/** Each group's module per language: Vite makes every one its own small chunk. */
const MODULES = {
	en: import.meta.glob<Table>('./en/*.ts', { import: 'default' }),
	zh: import.meta.glob<Table>('./zh/*.ts', { import: 'default' })
};

const tables: Record<Locale, Record<string, string>> = { en: {}, zh: {} };
const loaded: Record<Locale, Map<Group, Promise<void>>> = { en: new Map(), zh: new Map() };
const inUse: Locale[] = [];
/** Bumped when a group arrives, so that text rendered before it re-renders. */
let arrivals = $state(0);

function loadGroup(locale: Locale, group: Group): Promise<void> {
	let done = loaded[locale].get(group);
	if (!done) {
		const load = MODULES[locale][`./${locale}/${group}.ts`];
		if (!load) throw new Error(`No ${locale} messages for ${group}`);
		done = load().then((table) => {
			Object.assign(tables[locale], table);
			arrivals += 1;
		});
		// A failed chunk (offline before the first visit) may be tried again on the next page.
		done.catch(() => loaded[locale].delete(group));
		loaded[locale].set(group, done);
	}
	return done;
}

/** Loads the groups a page needs in every language in use, starting with `locale`. */
export async function loadMessages(groups: readonly Group[], locale?: Locale): Promise<void> {
	if (locale && !inUse.includes(locale)) inUse.push(locale);
	await Promise.all(inUse.flatMap((l) => groups.map((g) => loadGroup(l, g))));
}

/** Loads every group already loaded in another language in `locale`, before the interface switches. */
export async function useLocale(locale: Locale): Promise<void> {
	await loadMessages(
		GROUPS.filter((g) => loaded.en.has(g) || loaded.zh.has(g)),
		locale
	);
	// Only the language shown from now on is fetched for the pages that follow.
	inUse.splice(0, inUse.length, locale);
}

/**
 * The text of a key in a language. A key whose group the page did not declare is a bug: the server
 * render fails on it, and the browser fetches the group and re-renders instead of showing nothing.
 */
export function message(locale: Locale, key: string): string {
	void arrivals;
	const text = tables[locale][key];
	if (text !== undefined) return text;
	const group = groupOf(key);
	if (typeof window === 'undefined')
		throw new Error(`Message "${key}" (group ${group}) is not loaded on this page`);
	console.warn(`Message group loaded late: ${group} for "${key}"`);
	if (group) void loadGroup(locale, group);
	return '';
}
