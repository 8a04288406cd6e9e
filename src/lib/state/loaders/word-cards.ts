/** Where one word's cards stand, for the word page's study links; loaded lazily so the word shows first. */
import { cardStatus } from '$lib/data/card-browser-repository';

export interface WordCardStatus {
	new: number;
	due: number;
	suspended: number;
}

/** How many of `cardIds` are new, due at `now` (epoch ms) and suspended. */
export function wordCardStatus(cardIds: readonly string[], now: number): Promise<WordCardStatus> {
	return cardStatus(cardIds, now);
}
