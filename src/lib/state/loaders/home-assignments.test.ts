import { beforeEach, describe, expect, it } from 'vitest';
import type { AppDatabase } from '$lib/data/db';
import { aFreshDatabase } from '../../../../tests/factories/database';
import { anAssignment, ISSUED } from '../../../../tests/factories/sharing';
import { acceptAssignment } from '$lib/data/assignment-repository';
import { homeAssignments } from './home-assignments';

let db: AppDatabase;
beforeEach(() => {
	db = aFreshDatabase();
});

describe('the home screen’s assignments', () => {
	it('leaves out a stored assignment whose dates cannot be true', async () => {
		await acceptAssignment(anAssignment({ id: 'good' }), ISSUED);
		await db.assignments.bulkPut([
			{ id: 'far-issued', acceptedAt: ISSUED, doc: anAssignment({ issuedAt: 8.64e15, dueAt: 8.64e15 }) },
			{ id: 'far-due', acceptedAt: ISSUED, doc: anAssignment({ dueAt: 8.64e15 }) }
		]);
		const list = await homeAssignments(ISSUED + 1000);
		expect(list.map((a) => a.row.id)).toEqual(['good']);
	});
});
