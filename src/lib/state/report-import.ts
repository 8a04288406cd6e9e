/**
 * Imports learners' report files and pasted codes into the class dashboard. Each one is inflated and
 * decoded in the share worker, so a compression bomb cannot freeze the page; the repository then applies
 * the meaning checks and saves the new ones in one transaction.
 */
import {
	pastedCodes,
	saveReports,
	type DecodedReport,
	type ImportOutcome
} from '$lib/data/report-repository';
import { ShareError } from '$lib/domain/sharing/codec';
import { readShare } from './share-reader';

async function decode(name: string, file: Blob): Promise<DecodedReport> {
	try {
		return { name, doc: await readShare({ kind: 'report', source: 'file', file }) };
	} catch (e) {
		return { name, error: e instanceof ShareError ? e : new ShareError('corrupt', String(e)) };
	}
}

/** Imports report files; a file over the size cap is refused by its size, never read. */
export async function importReportFiles(files: readonly File[], now: number): Promise<ImportOutcome[]> {
	const decoded = await Promise.all(files.map((f) => decode(f.name, f)));
	return saveReports(decoded, now);
}

/** Imports pasted report codes (one per line or space-separated), each read like a file holding it. */
export async function importPastedReports(text: string, now: number): Promise<ImportOutcome[]> {
	const decoded = await Promise.all(pastedCodes(text).map((c) => decode(c.name, new Blob([c.text ?? '']))));
	return saveReports(decoded, now);
}
