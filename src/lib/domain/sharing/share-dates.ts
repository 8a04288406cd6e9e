/**
 * When an assignment's dates can be true, wherever they arrive: a link or file, a report that repeats
 * them, or a row stored earlier. Issued no later than the clock allows; due on or after that, and not
 * absurdly long after it.
 */
import { ShareError } from './codec';
import type { ShareDocument } from './documents';
import { isFutureDate } from './report-rules';

const DAY = 86_400_000;

/**
 * The longest an assignment may run from its issue date to its due date. ms. Class work lasts a term or
 * a school year; three years leaves room for any real course and still refuses dates no class reaches
 * (such as the year 275760), which would otherwise sit on the learner's screens for good. The message
 * `share.error.due-too-far` names this span.
 */
export const LONGEST_ASSIGNMENT_MS = 3 * 366 * DAY;

interface Dates {
	issuedAt: number;
	dueAt: number;
}

/**
 * Throws ShareError for the first impossible date of an assignment at `now` (epoch ms); `at` is the path
 * of the assignment inside its document ("assignment." in a report), so the error names the field.
 */
export function checkAssignmentDates(a: Dates, now: number, at = ''): void {
	if (!Number.isFinite(a.issuedAt)) throw new ShareError('invalid', `${at}issuedAt`);
	if (!Number.isFinite(a.dueAt)) throw new ShareError('invalid', `${at}dueAt`);
	if (isFutureDate(a.issuedAt, now)) throw new ShareError('future-date', `${at}issuedAt`);
	if (a.dueAt < a.issuedAt) throw new ShareError('due-before-issue', `${at}dueAt`);
	if (a.dueAt - a.issuedAt > LONGEST_ASSIGNMENT_MS) throw new ShareError('due-too-far', `${at}dueAt`);
}

/** A validated document whose dates are also checked at `now` (epoch ms): an assignment, or a report and the assignment it repeats. */
export function checkDocumentDates<D extends ShareDocument>(doc: D, now: number): D {
	if (doc.kind === 'assignment') {
		checkAssignmentDates(doc, now);
		return doc;
	}
	if (isFutureDate(doc.createdAt, now)) throw new ShareError('future-date', 'createdAt');
	checkAssignmentDates(doc.assignment, now, 'assignment.');
	return doc;
}
