/**
 * The teacher's class dashboard store: learners' reports, imported from files or pasted codes. Each
 * source is validated on its own; the good ones are saved together in one transaction, and a report
 * seen before (same content hash) is not saved twice.
 */
import { FILE_LIMIT, readDocumentText, ShareError } from '$lib/domain/sharing/codec';
import type { Report } from '$lib/domain/sharing/documents';
import { documentHash } from '$lib/domain/sharing/report';
import { database, type ReportRow } from './db';

export interface ReportSource {
	/** a file name, or "#2" for the second pasted code */
	name: string;
	/** null for a file too large to read at all */
	text: string | null;
}

export type ImportOutcome =
	| { name: string; status: 'added' | 'duplicate'; learner: string; assignment: string }
	| { name: string; status: 'refused'; error: ShareError };

/** Pasted text as report codes: one per line or separated by spaces. */
export function pastedCodes(text: string): ReportSource[] {
	return text
		.split(/\s+/)
		.filter(Boolean)
		.map((code, i) => ({ name: `#${i + 1}`, text: code }));
}

/** Validates every source, then saves the new reports in one transaction. */
export async function importReports(sources: readonly ReportSource[], now: number): Promise<ImportOutcome[]> {
	type Parsed = { name: string; doc: Report; id: string } | { name: string; error: ShareError };
	const parsed = sources.map((s): Parsed => {
		try {
			if (s.text === null) throw new ShareError('too-large', s.name);
			const doc = readDocumentText(s.text, 'report', FILE_LIMIT);
			return { name: s.name, doc, id: documentHash(doc) };
		} catch (e) {
			const error = e instanceof ShareError ? e : new ShareError('corrupt', String(e));
			return { name: s.name, error };
		}
	});
	const db = database();
	return db.transaction('rw', db.reports, async () => {
		const ids = parsed.flatMap((p) => ('id' in p ? [p.id] : []));
		const known = new Set((await db.reports.bulkGet(ids)).flatMap((r) => (r ? [r.id] : [])));
		const rows = new Map<string, ReportRow>();
		const outcomes = parsed.map((p): ImportOutcome => {
			if ('error' in p) return { name: p.name, status: 'refused', error: p.error };
			const repeat = known.has(p.id) || rows.has(p.id);
			if (!repeat)
				rows.set(p.id, {
					id: p.id,
					assignmentId: p.doc.assignment.id,
					learnerId: p.doc.learnerId,
					importedAt: now,
					doc: p.doc
				});
			return {
				name: p.name,
				status: repeat ? 'duplicate' : 'added',
				learner: p.doc.learner,
				assignment: p.doc.assignment.title
			};
		});
		await db.reports.bulkAdd([...rows.values()]);
		return outcomes;
	});
}

/** Every imported report. */
export async function allReports(): Promise<Report[]> {
	return (await database().reports.toArray()).map((r) => r.doc);
}

/** Forgets every report for one assignment. */
export async function removeReportsFor(assignmentId: string): Promise<void> {
	await database().reports.where('assignmentId').equals(assignmentId).delete();
}
