import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { storedSchemaVersion } from '$lib/data/stored-database';
import { startStatsPage } from './stats-start';

describe('the stats screen in a browser that has stored nothing', () => {
	it('says there are no answers, with the default target, and creates no database', async () => {
		expect(await startStatsPage({})).toEqual({ stats: null, desiredRetention: 0.9 });
		expect(await storedSchemaVersion()).toBeNull();
	});
});
