import { describe, expect, it } from 'vitest';
import { aReport, ISSUED } from '../../../../tests/factories/sharing';
import { documentFileText, encodeDocument, ShareError } from './codec';
import type { Report } from './documents';
import { checkStoredReport, readReport } from './report-intake';

const NOW = ISSUED + 2 * 86_400_000;
const base = aReport();
const item = base.items[0] as Report['items'][number];
const mistake = base.mistakes[0] as Report['mistakes'][number];

function refusal(doc: unknown): string {
	try {
		readReport(documentFileText(doc as Report), NOW);
		return 'accepted';
	} catch (e) {
		return e instanceof ShareError ? `${e.code} ${e.detail}` : `threw ${String(e)}`;
	}
}

describe('reading a report at the teacher’s end', () => {
	it('accepts a good report as a file and as a code', () => {
		expect(readReport(documentFileText(base), NOW)).toEqual(base);
		expect(readReport(encodeDocument(base), NOW)).toEqual(base);
	});

	it.each([
		['a repeated item', { items: [item, { ...item, recall: 0.1 }] }, 'duplicate items'],
		['a repeated mistake', { mistakes: [mistake, { ...mistake, count: 1 }] }, 'duplicate mistakes'],
		['more seen than total', { summary: { ...base.summary, seen: 11 } }, 'impossible summary'],
		['more correct than reviews', { summary: { ...base.summary, correct: 9 } }, 'impossible summary'],
		['more missions done than set', { summary: { ...base.summary, missionsDone: 1 } }, 'impossible summary'],
		['an impossible item', { items: [{ ...item, correct: 5 }] }, 'impossible items.0'],
		['an impossible part', { parts: [{ ...base.parts[0], seen: 99 }] }, 'impossible parts.0'],
		['a negative count', { summary: { ...base.summary, reviews: -1 } }, 'impossible summary'],
		['a date in the far future', { createdAt: 8.64e15 }, 'future-date createdAt'],
		['a date two days ahead', { createdAt: NOW + 2 * 86_400_000 }, 'future-date createdAt'],
		[
			'an assignment issued in the future',
			{ assignment: { ...base.assignment, issuedAt: NOW + 3 * 86_400_000 } },
			'future-date assignment.issuedAt'
		],
		[
			'an assignment issued in the far future',
			{ assignment: { ...base.assignment, issuedAt: 8.64e15, dueAt: 8.64e15 } },
			'future-date assignment.issuedAt'
		],
		[
			'an assignment due before it was issued',
			{ assignment: { ...base.assignment, dueAt: 0 } },
			'due-before-issue assignment.dueAt'
		],
		[
			'an assignment due in the year 275760',
			{ assignment: { ...base.assignment, dueAt: 8.64e15 } },
			'due-too-far assignment.dueAt'
		],
		['a right-to-left override', { learner: 'Li\u202eaN' }, 'hidden-text learner'],
		['a zero-width name', { learner: '\u200b\u200b' }, 'hidden-text learner'],
		[
			'a line separator in a title',
			{ assignment: { ...base.assignment, title: 'Week\u20283' } },
			'hidden-text assignment.title'
		],
		[
			'a lone surrogate in a class',
			{ assignment: { ...base.assignment, className: 'BC\ud800' } },
			'hidden-text assignment.className'
		],
		[
			'an isolate in a teacher',
			{ assignment: { ...base.assignment, teacher: '\u2067王老师' } },
			'hidden-text assignment.teacher'
		]
	])('refuses %s', (_, change, expected) => {
		expect(refusal({ ...base, ...change })).toBe(expected);
	});

	it('accepts a report up to a day ahead of the teacher’s clock', () => {
		expect(refusal({ ...base, createdAt: NOW + 86_400_000 })).toBe('accepted');
	});

	it('checks a stored row the same way, whatever it holds', () => {
		for (const row of [
			null,
			7,
			'x',
			[],
			{},
			{ ...base, createdAt: 8.64e15 },
			{ ...base, assignment: { ...base.assignment, dueAt: 8.64e15 } },
			{ ...base, items: [item, item] }
		])
			expect(() => checkStoredReport(row, NOW)).toThrow(ShareError);
		expect(checkStoredReport(base, NOW)).toEqual(base);
	});
});
