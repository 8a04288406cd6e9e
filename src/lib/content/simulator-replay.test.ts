import { describe, expect, it } from 'vitest';
import { analysisReport, customerMetrics, DEFAULT_ANALYSIS } from '$lib/domain/crm/analysis';
import { generateDataset } from '$lib/domain/crm/generate';
import { MISSION_CHECKS, isCheckName } from '$lib/domain/crm/missions/registry';
import type { MissionAnswer, MissionData } from '$lib/domain/crm/missions/types';
import { allMissions } from './simulator';

function missionData(seed: number, customers: number): MissionData {
	const ds = generateDataset({ seed, customers, today: 20_788 });
	const metrics = customerMetrics(ds, DEFAULT_ANALYSIS);
	return { today: ds.today, customers: ds.customers, metrics, report: analysisReport(ds, metrics) };
}

const GAVE_UP: MissionAnswer = { kind: 'none' };

const missions = allMissions();

describe('every mission replays on a new seed with its answer recomputed', () => {
	const shops = [missionData(3, 1500), missionData(44, 4000)];

	it('has at least 20 missions from A1 to C2, six at C1–C2', () => {
		expect(missions.length).toBeGreaterThanOrEqual(20);
		expect(new Set(missions.map((m) => m.level))).toEqual(new Set(['A1', 'A2', 'B1', 'B2', 'C1', 'C2']));
		expect(missions.filter((m) => m.level.startsWith('C')).length).toBeGreaterThanOrEqual(6);
	});

	for (const mission of missions) {
		it(`${mission.id}: giving up reveals an answer that the check then accepts, on each shop`, () => {
			if (!isCheckName(mission.check)) throw new Error(`unknown check ${mission.check}`);
			const check = MISSION_CHECKS[mission.check];
			if (check.answer === 'rule') return;
			const answers = shops.map((data) => {
				const revealed = check.check(data, mission.params, GAVE_UP);
				expect(revealed.correct).toBe(false);
				const answer: MissionAnswer =
					check.answer === 'number'
						? { kind: 'number', value: Number(revealed.expected.replace(/[^\d.-]/g, '')) }
						: { kind: 'choice', value: revealed.expected };
				expect(check.check(data, mission.params, answer).correct).toBe(true);
				return revealed.expected;
			});
			expect(answers.every((a) => a !== '')).toBe(true);
		});
	}
});
