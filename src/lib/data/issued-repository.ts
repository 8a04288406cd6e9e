/** The assignments a teacher made on this device, newest first, with how many reports each has. */
import type { Assignment } from '$lib/domain/sharing/documents';
import { database, type IssuedRow } from './db';

export async function saveIssued(doc: Assignment): Promise<void> {
	await database().issued.put({ id: doc.id, issuedAt: doc.issuedAt, doc });
}

export interface IssuedSummary extends IssuedRow {
	/** learners whose reports for it were imported */
	learners: number;
}

export async function issuedAssignments(): Promise<IssuedSummary[]> {
	const db = database();
	return db.transaction('r', db.issued, db.reports, async () => {
		const rows = await db.issued.orderBy('issuedAt').reverse().toArray();
		return Promise.all(
			rows.map(async (row) => {
				const reports = await db.reports.where('assignmentId').equals(row.id).toArray();
				return { ...row, learners: new Set(reports.map((r) => r.learnerId)).size };
			})
		);
	});
}

/** Forgets the assignment here; learners who accepted it keep it, and its reports stay. */
export async function removeIssued(id: string): Promise<void> {
	await database().issued.delete(id);
}
