import { beforeEach, expect, it } from 'vitest';
import { anAssignment, aReport, ISSUED } from '../../../tests/factories/sharing';
import { aFreshDatabase } from '../../../tests/factories/database';
import { documentFileText } from '$lib/domain/sharing/codec';
import { issuedAssignments, removeIssued, saveIssued } from './issued-repository';
import { importReports } from './report-repository';

beforeEach(() => {
	aFreshDatabase();
});

it('lists made assignments newest first, counting the learners who reported', async () => {
	await saveIssued(anAssignment({ id: 'old', issuedAt: ISSUED }));
	await saveIssued(anAssignment({ issuedAt: ISSUED + 1 }));
	await importReports(
		[
			{ name: 'a', text: documentFileText(aReport()) },
			{ name: 'b', text: documentFileText(aReport({ createdAt: ISSUED + 9 })) },
			{ name: 'c', text: documentFileText(aReport({ learnerId: 'other' })) }
		],
		ISSUED + 2 * 86_400_000
	);
	const list = await issuedAssignments();
	expect(list.map((r) => [r.id, r.learners])).toEqual([
		['a1b2c3d4', 2],
		['old', 0]
	]);
	await removeIssued('old');
	expect((await issuedAssignments()).map((r) => r.id)).toEqual(['a1b2c3d4']);
});
