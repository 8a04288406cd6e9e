/**
 * The teacher's side of the report boundary: a report is read whole (shape, text, figures, repeats)
 * and its dates are checked against the teacher's clock, for imports and for rows already stored.
 */
import { FILE_LIMIT, readDocumentText, validateDocument } from './codec';
import type { Report } from './documents';
import { checkDocumentDates } from './share-dates';

/** A report file's text or a pasted report code, checked at `now` (epoch ms). */
export function readReport(text: string, now: number): Report {
	return checkDocumentDates(readDocumentText(text, 'report', FILE_LIMIT), now);
}

/** A report as it came out of storage, which may hold anything; checked as on import. */
export function checkStoredReport(doc: unknown, now: number): Report {
	return checkDocumentDates(validateDocument(doc, 'report'), now);
}
