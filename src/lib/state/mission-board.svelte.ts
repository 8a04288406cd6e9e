/** The missions screen's logic: check an answer against the current data, record it, and track progress. */
import type { Mission } from '$lib/content/simulator';
import { loadSchedulerSettings } from '$lib/data/settings-repository';
import { missionProgress, recordMissionAttempt, type MissionRow } from '$lib/data/simulator-repository';
import { isCheckName, MISSION_CHECKS } from '$lib/domain/crm/missions/registry';
import {
	fillPlaceholders,
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

export class MissionBoard {
	#store: MissionStore;
	/** epoch ms each mission was opened or last answered; plain, since nothing renders it */
	#opened: Record<string, number> = {};
	progress = $state<Record<string, MissionRow>>({});
	verdicts = $state<Record<string, MissionVerdict>>({});
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
		if (!isCheckName(mission.check)) throw new MissionError(`Unknown check "${mission.check}"`);
		const check: MissionCheck = MISSION_CHECKS[mission.check];
		const verdict = check.check(data, mission.params, answer);
		const statement = fillPlaceholders(mission.zh, check.subject?.(data, mission.params) ?? {});
		this.verdicts = { ...this.verdicts, [mission.id]: verdict };
		this.saving = true;
		this.error = '';
		try {
			const row = await this.#store.recordMissionAttempt(
				{
					missionId: mission.id,
					correct: verdict.correct,
					expected: verdict.expected,
					given: verdict.given,
					// The notebook shows the note alone, so it names the mission too.
					diagnosis: verdict.diagnosis
						? `${statement} ${verdict.diagnosis.zh} / ${verdict.diagnosis.en}`
						: null,
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
		return verdict;
	}
}
