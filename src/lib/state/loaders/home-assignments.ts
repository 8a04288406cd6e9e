/** The home screen's list of accepted assignments with their progress (loaded lazily by the home page). */
import { resolveParts } from '$lib/content/assignment-parts';
import { loadStudyContent } from '$lib/content/study';
import { acceptedAssignments, progressToward } from '$lib/data/assignment-repository';
import type { AssignmentRow } from '$lib/data/db';
import type { Summary } from '$lib/domain/sharing/documents';

export { LiveQuery } from '$lib/data/live.svelte';

export interface HomeAssignment {
	row: AssignmentRow;
	summary: Summary;
	/** the first deck to study, if the assignment has one this device knows */
	deckId: string | null;
}

/** Every accepted assignment with its progress at `now`; the study content loads only when there is one. */
export async function homeAssignments(now: number): Promise<HomeAssignment[]> {
	// A stored assignment with impossible dates is left out here; the assignments screen says so.
	const { rows } = await acceptedAssignments(now);
	if (rows.length === 0) return [];
	const content = await loadStudyContent();
	return Promise.all(
		rows.map(async (row) => {
			const parts = resolveParts(row.doc, content);
			const { summary } = await progressToward(row.doc, parts, now);
			const deck = parts.find((p) => p.kind === 'deck' && p.cardIds.length > 0);
			return { row, summary, deckId: deck?.id ?? null };
		})
	);
}
