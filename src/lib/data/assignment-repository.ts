/** The learner's side of class work: accepted assignments, progress toward them, and reports to send. */
import { ShareError } from '$lib/domain/sharing/codec';
import type { Assignment, Report } from '$lib/domain/sharing/documents';
import { checkAssignmentDates } from '$lib/domain/sharing/share-dates';
import { assignmentProgress, type Progress, type ResolvedPart } from '$lib/domain/sharing/progress';
import { itemOfCard } from '$lib/domain/cards/card-id';
import { buildReport } from '$lib/domain/sharing/report';
import type { MemoryState } from '$lib/domain/scheduling/types';
import { database, type AssignmentRow } from './db';
import { answersOfCards, historyTables } from './review-log';
import { loadSchedulerSettings } from './settings-repository';

const LEARNER_KEY = 'learner';

export interface Learner {
	id: string;
	name: string;
}

/**
 * Stores an accepted assignment and the teacher's own decks it carries, in one transaction; accepting the
 * same one again keeps its first acceptance time, and a deck this device already has is kept as it is.
 */
export async function acceptAssignment(doc: Assignment, now: number): Promise<'added' | 'updated'> {
	const db = database();
	return db.transaction('rw', db.assignments, db.customDecks, async () => {
		const existing = await db.assignments.get(doc.id);
		await db.assignments.put({ id: doc.id, acceptedAt: existing?.acceptedAt ?? now, doc });
		for (const deck of doc.customDecks ?? []) {
			if (!(await db.customDecks.get(deck.id)))
				await db.customDecks.add({ id: deck.id, title: deck.title, createdAt: now, cards: deck.cards });
		}
		return existing ? 'updated' : 'added';
	});
}

/** A stored assignment whose dates cannot be true (accepted before they were checked, or restored): the learner can remove it. */
export interface UnreadableAssignment {
	id: string;
	error: ShareError;
}

export interface AcceptedRows {
	/** soonest due first */
	rows: AssignmentRow[];
	unreadable: UnreadableAssignment[];
}

/** Accepted assignments, each checked again at `now` (epoch ms) as on opening its link, so no row can break a screen. */
export async function acceptedAssignments(now: number): Promise<AcceptedRows> {
	const out: AcceptedRows = { rows: [], unreadable: [] };
	for (const row of await database().assignments.toArray()) {
		try {
			const doc: unknown = row.doc;
			if (typeof doc !== 'object' || doc === null) throw new ShareError('invalid', 'doc');
			checkAssignmentDates(row.doc, now);
			out.rows.push(row);
		} catch (e) {
			out.unreadable.push({
				id: row.id,
				error: e instanceof ShareError ? e : new ShareError('invalid', 'doc')
			});
		}
	}
	out.rows.sort((a, b) => a.doc.dueAt - b.doc.dueAt || a.acceptedAt - b.acceptedAt);
	return out;
}

export async function removeAssignment(id: string): Promise<void> {
	await database().assignments.delete(id);
}

async function studyFacts(parts: readonly ResolvedPart[]) {
	const db = database();
	const ids = [...new Set(parts.flatMap((p) => p.cardIds))];
	return db.transaction('r', [db.cards, ...historyTables(db), db.mistakes], async () => {
		const rows = await db.cards.bulkGet(ids);
		const cards = new Map<string, MemoryState>();
		rows.forEach((row, i) => row && cards.set(ids[i] ?? '', row));
		const reviews = await answersOfCards(db, ids);
		const mistakes = await db.mistakes
			.where('itemId')
			.anyOf([...new Set(ids.map(itemOfCard))])
			.toArray();
		return { cards, reviews, mistakes };
	});
}

/** Progress toward an assignment at `now` (epoch ms). */
export async function progressToward(
	doc: Assignment,
	parts: readonly ResolvedPart[],
	now: number
): Promise<Progress> {
	const { cards, reviews } = await studyFacts(parts);
	const { weights } = await loadSchedulerSettings();
	return assignmentProgress({ assignment: doc, parts, cards, reviews, now, weights });
}

/** The learner's name and stable id on this device, or null before the first report. */
export async function savedLearner(): Promise<Learner | null> {
	const row = await database().meta.get(LEARNER_KEY);
	const value = row?.value as Partial<Learner> | undefined;
	return typeof value?.id === 'string' && typeof value.name === 'string'
		? { id: value.id, name: value.name }
		: null;
}

/** Saves the learner's name, keeping the id once one exists so a teacher sees one learner, not two. */
export async function saveLearnerName(name: string, newId: () => string): Promise<Learner> {
	const db = database();
	return db.transaction('rw', db.meta, async () => {
		const learner = { id: (await savedLearner())?.id ?? newId(), name };
		await db.meta.put({ key: LEARNER_KEY, value: learner });
		return learner;
	});
}

/** The report for an assignment as it stands at `now`. */
export async function reportFor(
	doc: Assignment,
	parts: readonly ResolvedPart[],
	learner: Learner,
	now: number,
	leechThreshold: number
): Promise<Report> {
	const facts = await studyFacts(parts);
	const { weights } = await loadSchedulerSettings();
	return buildReport({ assignment: doc, parts, learner, now, leechThreshold, weights, ...facts });
}
