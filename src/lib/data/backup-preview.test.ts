import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULER_SETTINGS } from '$lib/domain/scheduling/types';
import { aFreshDatabase } from '../../../tests/factories/database';
import { BackupError, type Backup } from './backup-format';
import { exportBackup } from './backup-repository';
import { previewRestore } from './backup-preview';
import { recordAnswer } from './review-repository';

const settings = { ...DEFAULT_SCHEDULER_SETTINGS };
const T0 = Date.UTC(2026, 10, 2, 9, 0);

/** Where the preview says the file is damaged, or 'previewed'. */
async function previewDamagedAt(doc: Backup): Promise<string> {
	try {
		await previewRestore(JSON.stringify(doc), T0 + 60_000);
		return 'previewed';
	} catch (error) {
		if (!(error instanceof BackupError) || error.problem.code !== 'damaged') throw error;
		return error.problem.where ?? '';
	}
}

beforeEach(() => {
	aFreshDatabase();
});

describe('the restore preview', () => {
	it('refuses a file the restore could not write, before the learner is asked', async () => {
		await recordAnswer(
			{ cardId: 'kefu:recall', grade: 3, now: T0, source: 'review', durationMs: 1 },
			settings
		);
		const genuine = await exportBackup(T0);
		expect(await previewDamagedAt(genuine)).toBe('previewed');

		const meta = [...genuine.meta, { key: 'dupkey', value: 1 }, { key: 'dupkey', value: 2 }];
		expect(await previewDamagedAt({ ...genuine, meta })).toBe(`meta.${meta.length - 1}.key`);
		const mission = { missionId: 'm1', attempts: 1, solvedAt: T0, lastAttemptAt: T0, lastGiven: '', seed: 1 };
		expect(await previewDamagedAt({ ...genuine, missions: [mission, mission] })).toBe('missions.1.missionId');
		const term = { entryId: 'kefu', addedAt: T0, from: 'reading' };
		expect(await previewDamagedAt({ ...genuine, studyTerms: [term, term] })).toBe('studyTerms.1.entryId');
	});

	it('refuses a custom deck the deck import would refuse', async () => {
		const genuine = await exportBackup(T0);
		const blank = { hanzi: '', english: '', pinyin: ['a', 'b', 'c'], level: null, tags: [] };
		const latin = { hanzi: 'abc', english: 'x', pinyin: [], level: null, tags: [] };
		const deck = { id: 'cd2', title: 'BadCards', createdAt: 1, cards: [blank, latin] };
		expect(await previewDamagedAt({ ...genuine, customDecks: [deck] })).toBe('customDecks.0.cards.0.hanzi');
		expect(await previewDamagedAt({ ...genuine, customDecks: [{ ...deck, cards: [] }] })).toBe(
			'customDecks.0.cards'
		);
	});
});
