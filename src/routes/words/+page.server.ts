import { allSummaries } from '$lib/content/catalog';

export function load() {
	return { words: allSummaries() };
}
