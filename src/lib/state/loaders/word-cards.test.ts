import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { freshCardRow } from '$lib/data/card-repository';
import { theAppDatabase } from '../../../../tests/factories/database';
import { storedSchemaVersion } from '$lib/data/stored-database';
import { wordCardStatus } from './word-cards';

const NOW = Date.UTC(2026, 5, 10, 12);
const ids = ['kefu:recognition', 'kefu:recall', 'kefu:pinyin'];

describe('word card status', () => {
	it('counts every card as new in a browser that stored no progress, and creates no database', async () => {
		expect(await wordCardStatus(ids, NOW)).toEqual({ new: 3, due: 0, suspended: 0 });
		expect(await storedSchemaVersion()).toBeNull();
	});

	it('reads the stored cards once there is progress', async () => {
		const db = theAppDatabase();
		await db.cards.bulkPut([
			{ ...freshCardRow(ids[0]!, NOW), state: 2, due: NOW - 1 },
			{ ...freshCardRow(ids[1]!, NOW), suspended: 1 }
		]);
		expect(await wordCardStatus(ids, NOW)).toEqual({ new: 1, due: 1, suspended: 1 });
		db.close();
	});
});
