/**
 * The teacher's class dashboard store: learners' reports, imported from files or pasted codes. Each
 * source is validated on its own; the good ones are saved together in one transaction, and a report
 * seen before (same content hash) is not saved twice.
 */
import type { StoredReport } from '$lib/domain/sharing/class-view';
import { ShareError } from '$lib/domain/sharing/codec';
import type { Report } from '$lib/domain/sharing/documents';
import { documentHash } from '$lib/domain/sharing/report';
import { checkStoredReport, readReport } from '$lib/domain/sharing/report-intake';
import type { IndexableType } from 'dexie';
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

/** A source once decoded: its document (not yet trusted), or why it was refused. */
export type DecodedReport = { name: string; doc: unknown } | { name: string; error: ShareError };

/** Decodes one source on the calling thread; the dashboard decodes in the share worker instead. */
function decodeHere(s: ReportSource, now: number): DecodedReport {
	try {
		if (s.text === null) throw new ShareError('too-large', s.name);
		return { name: s.name, doc: readReport(s.text, now) };
	} catch (e) {
		return { name: s.name, error: e instanceof ShareError ? e : new ShareError('corrupt', String(e)) };
	}
}

/** Validates every source, then saves the new reports in one transaction. */
export async function importReports(sources: readonly ReportSource[], now: number): Promise<ImportOutcome[]> {
	return saveReports(
		sources.map((s) => decodeHere(s, now)),
		now
	);
}

/**
 * Saves decoded reports, new ones only, in one transaction; each source gets its outcome. Every
 * document passes the same meaning checks as a stored one (figures, ids, dates), wherever it was decoded.
 */
export async function saveReports(decoded: readonly DecodedReport[], now: number): Promise<ImportOutcome[]> {
	type Parsed = { name: string; doc: Report; id: string } | { name: string; error: ShareError };
	const parsed = decoded.map((d): Parsed => {
		if ('error' in d) return d;
		try {
			const doc = checkStoredReport(d.doc, now);
			return { name: d.name, doc, id: documentHash(doc) };
		} catch (e) {
			return { name: d.name, error: e instanceof ShareError ? e : new ShareError('corrupt', String(e)) };
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

/** A stored row that no longer reads as a report (damaged, or from before the checks): the teacher can remove it. */
export interface UnreadableReport {
	key: IndexableType;
	error: ShareError;
}

export interface ClassReports {
	reports: StoredReport[];
	unreadable: UnreadableReport[];
}

/** Every stored report, each checked again at `now` (epoch ms), so no row can break the dashboard. */
export async function classReports(now: number): Promise<ClassReports> {
	const rows: unknown[] = await database().reports.toArray();
	const out: ClassReports = { reports: [], unreadable: [] };
	for (const row of rows) {
		const { id, doc } = (typeof row === 'object' && row !== null ? row : {}) as Partial<ReportRow>;
		try {
			if (typeof id !== 'string') throw new ShareError('invalid', 'id');
			out.reports.push({ id, doc: checkStoredReport(doc, now) });
		} catch (e) {
			const error = e instanceof ShareError ? e : new ShareError('invalid', String(e));
			if (typeof id === 'string' || typeof id === 'number') out.unreadable.push({ key: id, error });
		}
	}
	return out;
}

/** Every imported report that still reads as one. */
export async function allReports(now: number): Promise<Report[]> {
	return (await classReports(now)).reports.map((r) => r.doc);
}

/** Forgets one stored report row. */
export async function removeReport(key: IndexableType): Promise<void> {
	await database().reports.delete(key as string);
}

/** Forgets every report one learner sent for one assignment, so an older one does not take its place. */
export async function removeLearnerReports(assignmentId: string, learnerId: string): Promise<void> {
	await database()
		.reports.where('assignmentId')
		.equals(assignmentId)
		.and((r) => r.learnerId === learnerId)
		.delete();
}

/** Forgets every report for one assignment. */
export async function removeReportsFor(assignmentId: string): Promise<void> {
	await database().reports.where('assignmentId').equals(assignmentId).delete();
}
