import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULER_SETTINGS, type Grade } from '$lib/domain/scheduling/types';
import { aFreshDatabase } from '../../../tests/factories/database';
import { aStudyItem } from '../../../tests/factories/study';
import type { AppDatabase } from './db';
import { recordAnswer, setSuspended } from './review-repository';
import { packBlock, storedBlock } from './review-log';
import { readStatsData } from './stats-reader';
import { loadStats, statsLevels } from './stats-repository';

const settings = { ...DEFAULT_SCHEDULER_SETTINGS, enableFuzz: false };
// Wednesday 12 March 2025, 10:00 in Beijing.
const NOW = Date.UTC(2025, 2, 12, 2);
const DAY = 86_400_000;
let db: AppDatabase;

beforeEach(() => {
	db = aFreshDatabase();
});

const answer = (cardId: string, grade: Grade, now: number) =>
	recordAnswer({ cardId, grade, now, source: 'review', durationMs: 3000 }, settings);

const request = {
	levelOf: { kefu: 'A1', kehu: 'B1' },
	totalCardsByLevel: { A1: 4, B1: 4 },
	now: NOW,
	rolloverHour: 4,
	utcOffsetMinutes: 480
};

describe('readStatsData', () => {
	it('reads the whole log as columns, packed and recent answers alike, reporting progress', async () => {
		for (let i = 0; i < 7; i++) await answer('kefu:recall', i === 3 ? 1 : 3, NOW - (7 - i) * DAY);
		await db.reviewBlocks.add(storedBlock(packBlock(await db.reviews.limit(4).toArray())));
		await db.reviews.bulkDelete([1, 2, 3, 4]);
		const progress: number[] = [];
		const { reviews, cards } = await readStatsData(db, (loaded) => progress.push(loaded));
		expect(progress).toEqual([7]);
		expect(Array.from(reviews.grade)).toEqual([3, 3, 3, 1, 3, 3, 3]);
		expect(reviews.reviewedAt[6]).toBe(NOW - DAY);
		expect(reviews.stateBefore[0]).toBe(0);
		expect(cards.map((c) => c.id)).toEqual(['kefu:recall']);
	});
});

describe('loadStats', () => {
	it('computes the report on this thread when there are no workers', async () => {
		await answer('kefu:recall', 3, NOW - 2 * DAY);
		await answer('kefu:recall', 3, NOW - DAY);
		await answer('kehu:recall', 3, NOW - 1000);
		await setSuspended('kehu:pinyin', true, NOW);
		const stats = await loadStats(request);
		expect(stats.totalReviews).toBe(3);
		expect(stats.heatmap.reviewsToday).toBe(1);
		expect(stats.heatmap.streak).toBe(3);
		expect(stats.cardStates).toMatchObject({ suspended: 1, total: 8 });
		expect(stats.timings).toMatchObject({ reviews: 3, cards: 3, inWorker: false });
	});

	it('rejects at once when already aborted', async () => {
		const controller = new AbortController();
		controller.abort(new Error('left the page'));
		await expect(loadStats(request, { signal: controller.signal })).rejects.toThrow('left the page');
	});
});

describe('statsLevels', () => {
	it('counts every deck card once, by its item level', () => {
		const items = new Map([
			['kefu', aStudyItem('kefu', { level: 'A1', examples: [] })],
			['kehu', aStudyItem('kehu', { level: 'B2', kind: 'mistake' })]
		]);
		const decks = [
			{ id: 'one', kind: 'level' as const, level: 'A1' as const, itemIds: ['kefu', 'kehu'] },
			{ id: 'two', kind: 'crm' as const, itemIds: ['kefu', 'missing'] }
		];
		const levels = statsLevels({ items, decks });
		expect(levels.levelOf).toEqual({ kefu: 'A1', kehu: 'B2' });
		// A word without a cloze example gets four cards; a mistake pair gets one.
		expect(levels.totalCardsByLevel).toEqual({ A1: 4, A2: 0, B1: 0, B2: 1, C1: 0, C2: 0 });
	});
});
