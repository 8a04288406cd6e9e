import { describe, expect, it } from 'vitest';
import { anAssignment, aReport, ISSUED } from '../../../../tests/factories/sharing';
import { ShareError } from './codec';
import { checkDocumentDates, LONGEST_ASSIGNMENT_MS } from './share-dates';

const DAY = 86_400_000;
const NOW = ISSUED + 2 * DAY;

function refusal(run: () => unknown): string {
	try {
		run();
		return 'accepted';
	} catch (e) {
		return e instanceof ShareError ? `${e.code} ${e.detail}` : `threw ${String(e)}`;
	}
}

describe('an assignment’s dates', () => {
	it.each([
		['issued in the far future', { issuedAt: 8.64e15, dueAt: 8.64e15 }, 'future-date issuedAt'],
		['issued two days ahead', { issuedAt: NOW + 2 * DAY, dueAt: NOW + 9 * DAY }, 'future-date issuedAt'],
		['due before it was issued', { dueAt: 0 }, 'due-before-issue dueAt'],
		['due a moment before it was issued', { dueAt: ISSUED - 1 }, 'due-before-issue dueAt'],
		['due in the year 275760', { dueAt: 8.64e15 }, 'due-too-far dueAt'],
		['due just past the longest span', { dueAt: ISSUED + LONGEST_ASSIGNMENT_MS + 1 }, 'due-too-far dueAt']
	])('refuses an assignment %s', (_, change, expected) => {
		expect(refusal(() => checkDocumentDates(anAssignment(change), NOW))).toBe(expected);
	});

	it.each([
		['due when issued', { dueAt: ISSUED }],
		['due at the end of the longest span', { dueAt: ISSUED + LONGEST_ASSIGNMENT_MS }],
		['issued up to a day ahead of the clock', { issuedAt: NOW + DAY, dueAt: NOW + 8 * DAY }]
	])('accepts an assignment %s', (_, change) => {
		expect(refusal(() => checkDocumentDates(anAssignment(change), NOW))).toBe('accepted');
	});

	it('holds a report to the same rule, naming the path inside it', () => {
		const report = (change: object) => aReport({ assignment: { ...aReport().assignment, ...change } });
		expect(refusal(() => checkDocumentDates(report({ issuedAt: 8.64e15, dueAt: 8.64e15 }), NOW))).toBe(
			'future-date assignment.issuedAt'
		);
		expect(refusal(() => checkDocumentDates(report({ dueAt: 0 }), NOW))).toBe(
			'due-before-issue assignment.dueAt'
		);
		expect(refusal(() => checkDocumentDates(report({ dueAt: 8.64e15 }), NOW))).toBe(
			'due-too-far assignment.dueAt'
		);
		expect(refusal(() => checkDocumentDates(aReport({ createdAt: 8.64e15 }), NOW))).toBe(
			'future-date createdAt'
		);
		expect(refusal(() => checkDocumentDates(aReport(), NOW))).toBe('accepted');
	});
});
