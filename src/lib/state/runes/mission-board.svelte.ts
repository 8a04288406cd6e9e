/** The missions screen's logic: check an answer against the current data, record it, and track progress. */
import { diagnosisText, missionStatement, type Mission } from '$lib/content/simulator';
import { loadSchedulerSettings } from '$lib/data/settings-repository';
import { missionProgress, recordMissionAttempt, type MissionRow } from '$lib/data/simulator-repository';
import { isCheckName, MISSION_CHECKS } from '$lib/domain/crm/missions/registry';
import {
	MissionError,
	type MissionAnswer,
	type MissionCheck,
	type MissionData,
	type MissionVerdict
} from '$lib/domain/crm/missions/types';

export interface MissionStore {
	missionProgress: typeof missionProgress;
	recordMissionAttempt: typeof recordMissionAttempt;
	loadSchedulerSettings: typeof loadSchedulerSettings;
}

const REAL_STORE: MissionStore = { missionProgress, recordMissionAttempt, loadSchedulerSettings };

/** What the mistake notebook shows as the answer until the mission is solved or given up. */
export const HIDDEN_ANSWER = '?';

export class MissionBoard {
	#store: MissionStore;
	/** epoch ms each mission was opened or last answered; plain, since nothing renders it */
	#opened: Record<string, number> = {};
	progress = $state<Record<string, MissionRow>>({});
	verdicts = $state<Record<string, MissionVerdict>>({});
	/** the answer per mission the learner gave up on, and the seed it belongs to */
	revealed = $state<Record<string, { seed: number; answer: string }>>({});
	saving = $state(false);
	error = $state('');

	constructor(store: MissionStore = REAL_STORE) {
		this.#store = store;
	}

	get solved(): number {
		return Object.values(this.progress).filter((p) => p.solvedAt > 0).length;
	}

	async load(): Promise<void> {
		const rows = await this.#store.missionProgress();
		this.progress = Object.fromEntries(rows.map((r) => [r.missionId, r]));
	}

	/** The mission's statement in Chinese and English, about this dataset (a customer, the learner's RFM cut …). */
	statement(mission: Mission, data: MissionData): { zh: string; en: string } {
		const check = isCheckName(mission.check) ? MISSION_CHECKS[mission.check] : null;
		return missionStatement(mission, check?.subject?.(data, mission.params) ?? {});
	}

	/** Starts the clock on a mission, for the time spent on it. */
	open(missionId: string, now = Date.now()): void {
		this.#opened[missionId] ??= now;
	}

	/** Checks the answer against `data`, records it through the answer path, and returns the verdict. */
	async submit(
		mission: Mission,
		answer: MissionAnswer,
		data: MissionData,
		seed: number,
		now = Date.now()
	): Promise<MissionVerdict> {
		const verdict = this.#check(mission, answer, data);
		this.verdicts = { ...this.verdicts, [mission.id]: verdict };
		// A wrong try keeps the answer hidden, in the notebook too: the learner may try again.
		await this.#record(mission, verdict, verdict.correct ? verdict.expected : HIDDEN_ANSWER, data, seed, now);
		return verdict;
	}

	/** Gives up: the answer is shown and recorded, and the attempt counts as a fail. */
	async giveUp(mission: Mission, data: MissionData, seed: number, now = Date.now()): Promise<string> {
		const verdict = { ...this.#check(mission, { kind: 'none' }, data), given: '', diagnosis: null };
		this.revealed = { ...this.revealed, [mission.id]: { seed, answer: verdict.expected } };
		const { [mission.id]: _dropped, ...rest } = this.verdicts;
		this.verdicts = rest;
		await this.#record(mission, verdict, verdict.expected, data, seed, now);
		return verdict.expected;
	}

	#check(mission: Mission, answer: MissionAnswer, data: MissionData): MissionVerdict {
		if (!isCheckName(mission.check)) throw new MissionError('unknown-check', mission.check);
		const check: MissionCheck = MISSION_CHECKS[mission.check];
		return check.check(data, mission.params, answer);
	}

	async #record(
		mission: Mission,
		verdict: MissionVerdict,
		expected: string,
		data: MissionData,
		seed: number,
		now: number
	): Promise<void> {
		const statement = this.statement(mission, data).zh;
		this.saving = true;
		this.error = '';
		try {
			const row = await this.#store.recordMissionAttempt(
				{
					missionId: mission.id,
					correct: verdict.correct,
					expected,
					given: verdict.given,
					// The notebook shows the note alone, so it names the mission; English only on request, so none.
					diagnosis: verdict.diagnosis
						? `${statement} ${diagnosisText(mission.check, verdict.diagnosis).zh}`
						: statement,
					terms: mission.terms,
					seed,
					now,
					durationMs: now - (this.#opened[mission.id] ?? now)
				},
				await this.#store.loadSchedulerSettings()
			);
			this.progress = { ...this.progress, [mission.id]: row };
			this.#opened[mission.id] = now;
		} catch (e) {
			this.error = e instanceof Error ? e.message : String(e);
		} finally {
			this.saving = false;
		}
	}
}
