/** The assignments a teacher has issued from this device, and the custom decks they can share in one. */
import { customDeckRows } from '$lib/data/custom-deck-repository';
import { issuedAssignments, removeIssued, saveIssued, type IssuedSummary } from '$lib/data/issued-repository';
import { LiveQuery } from '$lib/data/live.svelte';
import { studiableCards } from '$lib/domain/decks/custom-deck';
import type { Assignment, CustomDeckDoc } from '$lib/domain/sharing/documents';

export class IssuedAssignments {
	#live = new LiveQuery(issuedAssignments);

	/** Each issued assignment with how many learners reported, or undefined until the first read. */
	get list(): IssuedSummary[] | undefined {
		return this.#live.current;
	}

	/** Keeps an assignment the teacher just made, so its link can be shown again later. */
	async record(doc: Assignment): Promise<void> {
		await saveIssued(doc);
	}
	/** Forgets an issued assignment on this device. */
	async remove(id: string): Promise<void> {
		await removeIssued(id);
	}
}

/** The learner's own custom decks, as an assignment carries them: only cards that can be studied, only decks with some. */
export async function shareableCustomDecks(): Promise<CustomDeckDoc[]> {
	return (await customDeckRows()).flatMap(({ id, title, cards }) => {
		const good = studiableCards(cards).map(({ card }) => card);
		return good.length > 0 ? [{ id, title, cards: good }] : [];
	});
}
