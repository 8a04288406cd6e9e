import { describe, expect, it } from 'vitest';
import type { Mission } from '$lib/content/simulator';
import type { MissionAttempt, MissionRow } from '$lib/data/simulator-repository';
import { analysisReport, customerMetrics, DEFAULT_ANALYSIS } from '$lib/domain/crm/analysis';
import { generateDataset } from '$lib/domain/crm/generate';
import { DEFAULT_SCHEDULER_SETTINGS } from '$lib/domain/scheduling/types';
import { HIDDEN_ANSWER, MissionBoard, type MissionStore } from './mission-board.svelte';

const ds = generateDataset({ seed: 3, customers: 300, today: 20_788 });
const metrics = customerMetrics(ds, DEFAULT_ANALYSIS);
const data = { today: ds.today, customers: ds.customers, metrics, report: analysisReport(ds, metrics) };
const mission: Mission = {
	id: 'count-customers',
	level: 'A1',
	check: 'customer-count',
	params: {},
	terms: ['kehu'],
	zh: '一共有多少位客户？',
	en: 'How many customers?'
};

function fakeStore() {
	const attempts: MissionAttempt[] = [];
	const store: MissionStore = {
		missionProgress: () => Promise.resolve([]),
		loadSchedulerSettings: () => Promise.resolve(DEFAULT_SCHEDULER_SETTINGS),
		recordMissionAttempt: (a: MissionAttempt): Promise<MissionRow> => {
			attempts.push(a);
			const solvedAt = attempts.find((x) => x.correct)?.now ?? 0;
			return Promise.resolve({
				missionId: a.missionId,
				attempts: attempts.length,
				solvedAt,
				lastAttemptAt: a.now,
				lastGiven: a.given,
				seed: a.seed
			});
		}
	};
	return { store, attempts };
}

describe('MissionBoard', () => {
	it('checks against the data, records each attempt with its diagnosis and time spent, and counts solved missions', async () => {
		const { store, attempts } = fakeStore();
		const board = new MissionBoard(store);
		await board.load();
		board.open(mission.id, 1000);
		const wrong = await board.submit(mission, { kind: 'number', value: 299 }, data, 3, 21_000);
		expect(wrong.correct).toBe(false);
		expect(board.solved).toBe(0);
		const right = await board.submit(mission, { kind: 'number', value: 300 }, data, 3, 31_000);
		expect(right.correct).toBe(true);
		expect(board.solved).toBe(1);
		expect(attempts.map((a) => [a.correct, a.given, a.durationMs])).toEqual([
			[false, '299', 20_000],
			[true, '300', 10_000]
		]);
		expect(attempts[0]?.diagnosis).toMatch(/^一共有多少位客户？ \p{Script=Han}/u);
		expect(attempts[1]?.terms).toEqual(['kehu']);
	});

	it('keeps the answer out of the notebook after a wrong try, in Chinese only', async () => {
		const { store, attempts } = fakeStore();
		const board = new MissionBoard(store);
		await board.submit(mission, { kind: 'number', value: 12 }, data, 3, 1000);
		expect(attempts[0]?.expected).toBe(HIDDEN_ANSWER);
		expect(attempts[0]?.diagnosis).not.toContain('300');
		expect(attempts[0]?.diagnosis).not.toMatch(/[A-Za-z]{3}/);
	});

	it('shows and records the answer when the learner gives up, as a fail', async () => {
		const { store, attempts } = fakeStore();
		const board = new MissionBoard(store);
		expect(await board.giveUp(mission, data, 3, 2000)).toBe('300');
		expect(board.revealed[mission.id]).toEqual({ seed: 3, answer: '300' });
		expect(attempts.map((a) => [a.correct, a.expected, a.given])).toEqual([[false, '300', '']]);
		expect(board.solved).toBe(0);
	});

	it('keeps the verdict but reports a save that failed', async () => {
		const { store } = fakeStore();
		const board = new MissionBoard({
			...store,
			recordMissionAttempt: () => Promise.reject(new Error('disk full'))
		});
		const verdict = await board.submit(mission, { kind: 'number', value: 300 }, data, 3, 5000);
		expect(verdict.correct).toBe(true);
		expect(board.error).toBe('disk full');
		expect(board.verdicts[mission.id]?.correct).toBe(true);
	});
});
