import { beforeEach, describe, expect, it } from 'vitest';
import { missionCardId } from '$lib/domain/cards/card-id';
import { DEFAULT_SCHEDULER_SETTINGS } from '$lib/domain/scheduling/types';
import { aFreshDatabase } from '../../../tests/factories/database';
import { exportBackup, importBackup } from './backup-repository';
import type { AppDatabase } from './db';
import {
	addStudyTerm,
	missionProgress,
	recordMissionAttempt,
	studyTerms,
	type MissionAttempt
} from './simulator-repository';

const T0 = Date.UTC(2026, 11, 1, 9);
let db: AppDatabase;

beforeEach(() => {
	db = aFreshDatabase();
});

const attempt = (over: Partial<MissionAttempt>): MissionAttempt => ({
	missionId: 'count-win-back',
	correct: false,
	expected: '120',
	given: '300',
	diagnosis: 'You counted 一般挽留客户',
	terms: ['zhongyao-wanliu-kehu', 'rfm'],
	seed: 7,
	now: T0,
	durationMs: 20_000,
	...over
});

describe('recordMissionAttempt', () => {
	it('records a wrong answer on the mission card with a mistake carrying the diagnosis', async () => {
		const row = await recordMissionAttempt(attempt({}), DEFAULT_SCHEDULER_SETTINGS);
		expect(row).toMatchObject({ attempts: 1, solvedAt: 0, lastGiven: '300', seed: 7 });
		const reviews = await db.reviews.toArray();
		expect(reviews).toMatchObject([
			{ cardId: missionCardId('count-win-back'), grade: 1, source: 'simulator' }
		]);
		const mistakes = await db.mistakes.toArray();
		expect(mistakes).toMatchObject([
			{
				itemId: 'mission.count-win-back',
				kind: 'meaning',
				expected: '120',
				given: '300',
				note: 'You counted 一般挽留客户'
			}
		]);
		expect(await studyTerms()).toEqual([]);
	});

	it('marks the mission solved on a right answer, keeps the first solve, and adds its terms once', async () => {
		await recordMissionAttempt(attempt({}), DEFAULT_SCHEDULER_SETTINGS);
		await recordMissionAttempt(
			attempt({ correct: true, given: '120', now: T0 + 1000 }),
			DEFAULT_SCHEDULER_SETTINGS
		);
		await addStudyTerm('rfm', T0 + 1500);
		await recordMissionAttempt(
			attempt({ correct: true, given: '120', now: T0 + 2000 }),
			DEFAULT_SCHEDULER_SETTINGS
		);
		expect(await missionProgress()).toMatchObject([
			{ attempts: 3, solvedAt: T0 + 1000, lastAttemptAt: T0 + 2000 }
		]);
		expect((await studyTerms()).map((t) => [t.entryId, t.from])).toEqual([
			['rfm', 'count-win-back'],
			['zhongyao-wanliu-kehu', 'count-win-back']
		]);
		expect(await db.mistakes.count()).toBe(1);
		expect((await db.reviews.toArray()).map((r) => r.grade)).toEqual([1, 3, 3]);
	});
});

describe('simulator progress in the backup', () => {
	it('survives export and restore, and older backups without it still restore', async () => {
		await recordMissionAttempt(attempt({ correct: true, given: '120' }), DEFAULT_SCHEDULER_SETTINGS);
		const file = JSON.stringify(await exportBackup(T0));
		db = aFreshDatabase();
		await importBackup(file, DEFAULT_SCHEDULER_SETTINGS);
		expect(await missionProgress()).toMatchObject([{ missionId: 'count-win-back', solvedAt: T0 }]);
		expect(await studyTerms()).toHaveLength(2);
		const old = JSON.parse(file) as Record<string, unknown>;
		delete old.missions;
		delete old.studyTerms;
		db = aFreshDatabase();
		await importBackup(JSON.stringify(old), DEFAULT_SCHEDULER_SETTINGS);
		expect(await missionProgress()).toEqual([]);
		expect(await db.reviews.count()).toBe(1);
	});
});
