import { allSummaries } from '$lib/content/catalog';

/** The words items belong to, so groups can be headed by their hanzi without loading all content. */
export function load() {
	return { words: Object.fromEntries(allSummaries().map((s) => [s.id, { hanzi: s.hanzi, gloss: s.gloss }])) };
}
