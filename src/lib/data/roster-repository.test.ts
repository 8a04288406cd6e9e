import { beforeEach, describe, expect, it } from 'vitest';
import { aFreshDatabase } from '../../../tests/factories/database';
import type { AppDatabase } from './db';
import { addToRoster, allRosters, saveRoster } from './roster-repository';

let db: AppDatabase;
beforeEach(() => {
	db = aFreshDatabase();
});

describe('class rosters', () => {
	it('keeps a roster per class, adds a confirmed name, and forgets an emptied one', async () => {
		await saveRoster('BC-201', ['Li Na', 'Zhang Wei', 'li na']);
		await saveRoster('BC-202', ['王芳']);
		await addToRoster('BC-201', 'An Ran');
		expect(await allRosters()).toEqual(
			new Map([
				['BC-201', ['Li Na', 'Zhang Wei', 'An Ran']],
				['BC-202', ['王芳']]
			])
		);
		await saveRoster('BC-202', []);
		expect([...(await allRosters()).keys()]).toEqual(['BC-201']);
	});

	it('reads a damaged roster row as the names it still holds', async () => {
		await db.meta.bulkPut([
			{ key: 'roster:A', value: 'not a list' },
			{ key: 'roster:B', value: ['Li', 5, null, '\u202e'] }
		]);
		expect(await allRosters()).toEqual(
			new Map([
				['A', []],
				['B', ['Li']]
			])
		);
	});
});
