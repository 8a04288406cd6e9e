/** Where one word's cards stand, for the word page's study links; loaded lazily so the word shows first. */
import { storedSchemaVersion } from '$lib/data/stored-database';

export interface WordCardStatus {
	new: number;
	due: number;
	suspended: number;
}

/** How many of `cardIds` are new, due at `now` (epoch ms) and suspended. */
export async function wordCardStatus(cardIds: readonly string[], now: number): Promise<WordCardStatus> {
	// A browser that never stored progress holds every card as new, without downloading the database code.
	if ((await storedSchemaVersion()) === null) return { new: cardIds.length, due: 0, suspended: 0 };
	const { cardStatus } = await import('$lib/data/card-browser-repository');
	return cardStatus(cardIds, now);
}
