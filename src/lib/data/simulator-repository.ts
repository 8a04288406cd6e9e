/**
 * Simulator progress: mission attempts (through the app's one answer path, so they reach the
 * review log and, when wrong, the mistake notebook) and the words the learner chose to study.
 */
import type { SchedulerSettings } from '$lib/domain/scheduling/types';
import { missionCardId } from '$lib/domain/cards/card-id';
import { database, type MissionRow, type StudyTermRow } from './db';
import { recordAnswer } from './review-repository';

export type { MissionRow, StudyTermRow } from './db';

export interface MissionAttempt {
	missionId: string;
	correct: boolean;
	expected: string;
	given: string;
	/** why the answer is wrong, for the mistake notebook */
	diagnosis: string | null;
	/** entry ids the mission practises; added to the learner's study when it is solved */
	terms: readonly string[];
	seed: number;
	/** epoch ms */
	now: number;
	/** ms the learner spent */
	durationMs: number;
}

/** Records an attempt: the answer on the mission's card, the progress row and, when solved, the terms to study. */
export async function recordMissionAttempt(
	attempt: MissionAttempt,
	settings: SchedulerSettings
): Promise<MissionRow> {
	const db = database();
	// Every table: recordAnswer nests its own transaction inside this one, whatever tables it needs.
	return db.transaction('rw', db.tables, async () => {
		await recordAnswer(
			{
				cardId: missionCardId(attempt.missionId),
				grade: attempt.correct ? 3 : 1,
				now: attempt.now,
				source: 'simulator',
				durationMs: attempt.durationMs,
				...(!attempt.correct && {
					mistake: {
						kind: 'meaning',
						expected: attempt.expected,
						given: attempt.given,
						...(attempt.diagnosis && { note: attempt.diagnosis })
					}
				})
			},
			settings
		);
		const before = await db.missions.get(attempt.missionId);
		const row: MissionRow = {
			missionId: attempt.missionId,
			attempts: (before?.attempts ?? 0) + 1,
			solvedAt: before?.solvedAt || (attempt.correct ? attempt.now : 0),
			lastAttemptAt: attempt.now,
			lastGiven: attempt.given,
			seed: attempt.seed
		};
		await db.missions.put(row);
		if (attempt.correct) await addTerms(attempt.terms, attempt.missionId, attempt.now);
		return row;
	});
}

async function addTerms(entryIds: readonly string[], from: string, now: number): Promise<void> {
	const db = database();
	const known = await db.studyTerms.bulkGet([...entryIds]);
	const fresh = entryIds.filter((_, i) => !known[i]).map((entryId) => ({ entryId, addedAt: now, from }));
	await db.studyTerms.bulkPut(fresh);
}

/** Adds one word to the learner's simulator study list (no change if it is there already). */
export async function addStudyTerm(entryId: string, now: number): Promise<void> {
	const db = database();
	await db.transaction('rw', db.studyTerms, () => addTerms([entryId], 'term', now));
}

/** Every mission the learner has tried. */
export async function missionProgress(): Promise<MissionRow[]> {
	return database().missions.toArray();
}

/** The words on the simulator study list, oldest first. */
export async function studyTerms(): Promise<StudyTermRow[]> {
	return database().studyTerms.orderBy('addedAt').toArray();
}
