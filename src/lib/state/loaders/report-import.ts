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
import { readShares } from './share-reader';

export type { ImportOutcome } from '$lib/data/report-repository';

/** Decodes each source in one worker, one after another, so many files do not start many threads. */
async function decodeAll(
	sources: readonly { name: string; file: Blob }[],
	now: number
): Promise<DecodedReport[]> {
	const read = await readShares(
		sources.map((s) => ({ kind: 'report' as const, source: 'file' as const, file: s.file, now }))
	);
	return read.map((r, i) => {
		const name = sources[i]?.name ?? '';
		return r instanceof ShareError ? { name, error: r } : { name, doc: r };
	});
}

/** Imports report files; a file over the size cap is refused by its size, never read. */
export async function importReportFiles(files: readonly File[], now: number): Promise<ImportOutcome[]> {
	const sources = files.map((file) => ({ name: file.name, file }));
	return saveReports(await decodeAll(sources, now), now);
}

/** Imports pasted report codes (one per line or space-separated), each read like a file holding it. */
export async function importPastedReports(text: string, now: number): Promise<ImportOutcome[]> {
	const sources = pastedCodes(text).map((c) => ({ name: c.name, file: new Blob([c.text ?? '']) }));
	return saveReports(await decodeAll(sources, now), now);
}
