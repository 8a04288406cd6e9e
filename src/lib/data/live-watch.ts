import { liveQuery } from 'dexie';

/**
 * Runs a query now and again whenever the tables it read change, calling `next` with each result.
 * For screens that load the database lazily (the home page), where the LiveQuery rune cannot be
 * created during setup. Returns the function that stops watching.
 */
export function watchQuery<T>(query: () => Promise<T>, next: (value: T) => void): () => void {
	const subscription = liveQuery(query).subscribe({ next, error: (e: unknown) => console.error(e) });
	return () => subscription.unsubscribe();
}
