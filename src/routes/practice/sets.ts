/** The set ids a drill or quiz run is prerendered for, and their titles. */
import { allEntries, entryById } from '$lib/content/catalog';

/** "mixed", and every entry id (the teacher links to these). */
export function setIds(extra: readonly string[] = []): { set: string }[] {
	return ['mixed', ...extra, ...allEntries().map((e) => e.id)].map((set) => ({ set }));
}

/** The heading of a set: the word for an entry set, else nothing (the page names it). */
export function setWord(set: string): string | null {
	return entryById(set)?.hanzi ?? null;
}
