import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCHEDULER_SETTINGS } from '$lib/domain/scheduling/types';
import { aFreshDatabase } from '../../../tests/factories/database';
import { aStudyItem } from '../../../tests/factories/study';
import type { AppDatabase } from '$lib/data/db';
import { ReviewSession } from './review-session.svelte';
import { studyStore } from './study-store';

const T0 = Date.UTC(2026, 10, 2, 9, 0);
const MIN = 60_000;
let db: AppDatabase;
let now = T0;

const items = new Map([
	['kefu', aStudyItem('kefu')],
	['weihu', aStudyItem('weihu', { hanzi: '维护', pinyin: ['wéi', 'hù'], gloss: 'to maintain' })]
]);
const cardIds = ['kefu:recognition', 'kefu:recall', 'weihu:recognition', 'weihu:recall'];

function aSession(settings = { ...DEFAULT_SCHEDULER_SETTINGS }) {
	return new ReviewSession({ store: studyStore, items, cardIds, settings, clock: () => now });
}

beforeEach(() => {
	db = aFreshDatabase();
	now = T0;
});

describe('ReviewSession', () => {
	it('shows new cards with siblings spread apart, and counts them', async () => {
		const s = aSession();
		await s.start();
		expect(s.phase).toBe('question');
		expect(s.current?.id).toBe('kefu:recognition');
		expect(s.counts).toEqual({ new: 4, learning: 0, review: 0 });
		await s.grade(3);
		expect(s.current?.id).toBe('weihu:recognition');
	});

	it('records every grade through the answer path and brings learning cards back', async () => {
		const s = aSession();
		await s.start();
		for (let i = 0; i < 4; i++) {
			now += MIN;
			await s.grade(3);
		}
		expect(await db.reviews.count()).toBe(4);
		expect(s.counts.learning).toBe(4);
		now += 11 * MIN;
		expect(s.phase).toBe('question');
		expect(s.answered).toBe(4);
	});

	it('files a wrong answer in the mistake notebook with its review, and undo takes both back', async () => {
		const s = aSession();
		await s.start();
		const card = s.current?.id;
		await s.grade(1, {
			kind: 'tone',
			expected: 'kè fú',
			given: 'kèfù',
			note: '2nd syllable: you wrote tone 4, it is tone 2'
		});
		const [mistake] = await db.mistakes.toArray();
		expect(mistake).toMatchObject({ cardId: card, source: 'review', kind: 'tone', given: 'kèfù' });
		expect(await db.reviews.get(mistake?.reviewId ?? 0)).toBeDefined();
		await s.undo();
		expect(await db.mistakes.count()).toBe(0);
	});

	it('does not let drill answers use up the daily new-card limit', async () => {
		const settings = { ...DEFAULT_SCHEDULER_SETTINGS, newPerDay: 2 };
		await studyStore.recordAnswer(
			{ cardId: 'kefu.colloc.zhao:drill', grade: 3, now, source: 'drill', durationMs: 1000 },
			settings
		);
		const s = aSession(settings);
		await s.start();
		expect(s.counts.new).toBe(2);
	});

	it('respects the daily new-card limit across sessions', async () => {
		const settings = { ...DEFAULT_SCHEDULER_SETTINGS, newPerDay: 2 };
		const first = aSession(settings);
		await first.start();
		expect(first.counts.new).toBe(2);
		await first.grade(4);
		await first.grade(4);
		const second = aSession(settings);
		await second.start();
		expect(second.counts.new).toBe(0);
	});

	it('undo takes back the last answer and shows that card again', async () => {
		const s = aSession();
		await s.start();
		await s.grade(1);
		expect(await db.reviews.count()).toBe(1);
		expect(await s.undo()).toBe(true);
		expect(await db.reviews.count()).toBe(0);
		expect(s.current?.id).toBe('kefu:recognition');
		expect(s.answered).toBe(0);
	});

	it('suspend and bury take the card out of the queue and keep it out next time', async () => {
		const s = aSession();
		await s.start();
		await s.suspend();
		expect(s.current?.id).toBe('weihu:recognition');
		await s.bury();
		expect(s.counts.new).toBe(2);
		const next = aSession();
		await next.start();
		expect(next.counts.new).toBe(2);
		expect(next.current?.id).toBe('kefu:recall');
	});

	it('ends with a summary phase when nothing is left', async () => {
		const s = new ReviewSession({
			store: studyStore,
			items,
			cardIds: ['kefu:recognition'],
			settings: { ...DEFAULT_SCHEDULER_SETTINGS, learningSteps: [] },
			clock: () => now
		});
		await s.start();
		await s.grade(4);
		expect(s.phase).toBe('done');
		expect(s.grades[4]).toBe(1);
	});
});
