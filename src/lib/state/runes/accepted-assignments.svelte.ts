/** The learner's accepted assignments, each with its part titles and live progress. */
import { partTitle, resolveParts } from '$lib/content/assignment-parts';
import { loadStudyContent, type StudyContent } from '$lib/content/study';
import type { AssignmentRow } from '$lib/data/db';
import {
	acceptedAssignments,
	progressToward,
	removeAssignment,
	type UnreadableAssignment
} from '$lib/data/assignment-repository';
import { LiveQuery } from '$lib/data/live.svelte';
import type { Progress } from '$lib/domain/sharing/progress';
import type { DeckInfo } from '$lib/content/types';

export type { UnreadableAssignment } from '$lib/data/assignment-repository';

export interface AcceptedAssignment {
	row: AssignmentRow;
	/** part kind + id → its title in the interface language, or null when this version lacks the part */
	titles: Map<string, string | null>;
	progress: Progress;
}

interface AcceptedList {
	content: StudyContent;
	items: AcceptedAssignment[];
	/** stored assignments left out: unreadable, or with dates that cannot be true */
	unreadable: UnreadableAssignment[];
}

async function loadAccepted(nameDeck: (deck: DeckInfo) => string, now: number): Promise<AcceptedList> {
	const [{ rows, unreadable }, content] = await Promise.all([acceptedAssignments(now), loadStudyContent()]);
	const items = await Promise.all(
		rows.map(async (row): Promise<AcceptedAssignment> => {
			const parts = resolveParts(row.doc, content);
			const titles = new Map(
				parts.map((p) => [p.kind + p.id, partTitle(p.kind, p.id, content, nameDeck, row.doc)])
			);
			return { row, titles, progress: await progressToward(row.doc, parts, now) };
		})
	);
	return { content, items, unreadable };
}

export class AcceptedAssignments {
	#live: LiveQuery<AcceptedList>;

	/** `nameDeck` titles built-in decks in the interface language; it is called on every refresh. */
	constructor(nameDeck: (deck: DeckInfo) => string) {
		this.#live = new LiveQuery(() => loadAccepted(nameDeck, Date.now()));
	}

	/** Every accepted assignment with progress, and those left out, or undefined until the first read. */
	get current(): AcceptedList | undefined {
		return this.#live.current;
	}
	get error(): unknown {
		return this.#live.error;
	}

	/** Removes an assignment from this device; the answers given for it stay. */
	async remove(id: string): Promise<void> {
		await removeAssignment(id);
	}
}
