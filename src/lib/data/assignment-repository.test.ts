import { beforeEach, describe, expect, it } from 'vitest';
import { anAssignment, ISSUED } from '../../../tests/factories/sharing';
import { aFreshDatabase } from '../../../tests/factories/database';
import { validateDocument } from '$lib/domain/sharing/codec';
import { DEFAULT_SCHEDULER_SETTINGS } from '$lib/domain/scheduling/types';
import {
	acceptAssignment,
	acceptedAssignments,
	progressToward,
	removeAssignment,
	reportFor,
	saveLearnerName,
	savedLearner
} from './assignment-repository';
import { database } from './db';
import { recordAnswer } from './review-repository';

const settings = { ...DEFAULT_SCHEDULER_SETTINGS, enableFuzz: false };
const parts = [
	{ kind: 'deck' as const, id: 'd', cardIds: ['kefu:recognition', 'kefu:recall'] },
	{ kind: 'quiz' as const, id: 'kefu', cardIds: ['kefu.mistake.a:quiz'] }
];

beforeEach(() => {
	aFreshDatabase();
});

describe('accepted assignments', () => {
	it('stores, lists soonest due first, updates in place and removes', async () => {
		expect(await acceptAssignment(anAssignment({ id: 'late', dueAt: ISSUED + 3e9 }), 5)).toBe('added');
		expect(await acceptAssignment(anAssignment({ id: 'soon' }), 6)).toBe('added');
		expect(
			await acceptAssignment(anAssignment({ id: 'late', title: 'Renamed', dueAt: ISSUED + 3e9 }), 7)
		).toBe('updated');
		const { rows } = await acceptedAssignments(ISSUED);
		expect(rows.map((r) => [r.id, r.acceptedAt])).toEqual([
			['soon', 6],
			['late', 5]
		]);
		expect(rows[1]?.doc.title).toBe('Renamed');
		await removeAssignment('soon');
		expect((await acceptedAssignments(ISSUED)).rows.map((r) => r.id)).toEqual(['late']);
	});

	it('sets aside stored rows whose dates cannot be true, and each can be removed', async () => {
		await acceptAssignment(anAssignment({ id: 'good' }), 1);
		await database().assignments.bulkPut([
			{ id: 'far-issued', acceptedAt: 1, doc: anAssignment({ issuedAt: 8.64e15, dueAt: 8.64e15 }) },
			{ id: 'far-due', acceptedAt: 1, doc: anAssignment({ dueAt: 8.64e15 }) },
			{ id: 'due-early', acceptedAt: 1, doc: anAssignment({ dueAt: 0 }) },
			{ id: 'junk', acceptedAt: 1, doc: null as never }
		]);
		const read = await acceptedAssignments(ISSUED);
		expect(read.rows.map((r) => r.id)).toEqual(['good']);
		expect(read.unreadable.map((u) => [u.id, u.error.code, u.error.detail])).toEqual([
			['due-early', 'due-before-issue', 'dueAt'],
			['far-due', 'due-too-far', 'dueAt'],
			['far-issued', 'future-date', 'issuedAt'],
			['junk', 'invalid', 'doc']
		]);
		await removeAssignment('junk');
		expect((await acceptedAssignments(ISSUED)).unreadable).toHaveLength(3);
	});
});

describe('progress and reports from the answer path', () => {
	it('measures the answers recorded through recordAnswer, mistakes included', async () => {
		const a = anAssignment();
		await recordAnswer(
			{ cardId: 'kefu:recognition', grade: 3, now: ISSUED + 1000, source: 'review', durationMs: 4000 },
			settings
		);
		await recordAnswer(
			{
				cardId: 'kefu.mistake.a:quiz',
				grade: 1,
				now: ISSUED + 2000,
				source: 'quiz',
				durationMs: 6000,
				mistake: { kind: 'near-synonym', expected: '客户', given: '顾客' }
			},
			settings
		);
		const progress = await progressToward(a, parts, ISSUED + 3000);
		expect(progress.summary).toMatchObject({
			total: 3,
			seen: 2,
			reviews: 2,
			correct: 1,
			timeMs: 10_000,
			quizAccuracy: 0
		});
		const learner = await saveLearnerName('Li Na', () => 'device-1');
		const report = await reportFor(a, parts, learner, ISSUED + 3000, 8);
		expect(validateDocument(report, 'report')).toEqual(report);
		expect(report.mistakes).toEqual([
			{ itemId: 'kefu.mistake.a', kind: 'near-synonym', count: 1, expected: '客户', given: '顾客' }
		]);
	});

	it('keeps the learner id when the name changes', async () => {
		expect(await savedLearner()).toBeNull();
		await saveLearnerName('Li', () => 'first');
		expect(await saveLearnerName('Li Na', () => 'second')).toEqual({ id: 'first', name: 'Li Na' });
	});
});
