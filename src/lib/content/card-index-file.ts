/**
 * Loads the compiled card index as a JSON file rather than a script module: the browser parses JSON
 * faster than it compiles the same data as JavaScript, and the service worker precaches it like any file.
 */
import url from './generated/card-index.json?url';
import type { CardIndex } from './card-index';

let loading: Promise<CardIndex> | null = null;

/** The card index (downloaded once, then from the service worker's cache). */
export function loadCardIndex(): Promise<CardIndex> {
	loading ??= fetch(url).then((response) => {
		if (!response.ok) throw new Error(`card index: ${response.status}`);
		return response.json() as Promise<CardIndex>;
	});
	return loading;
}
