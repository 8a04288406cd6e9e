import { beforeEach, describe, expect, it } from 'vitest';
import type { DeckLimits } from '$lib/domain/scheduling/daily-queue';
import { DEFAULT_SCHEDULER_SETTINGS } from '$lib/domain/scheduling/types';
import { aFreshDatabase } from '../../../../tests/factories/database';
import { aStudyItem } from '../../../../tests/factories/study';
import { applyCardAction } from '$lib/data/card-browser-repository';
import type { AppDatabase } from '$lib/data/db';
import { ReviewSession } from './review-session.svelte';
import { studyStore } from '../loaders/study-store';

const T0 = Date.UTC(2026, 10, 2, 9, 0);
const MIN = 60_000;
let db: AppDatabase;
let now = T0;

const items = new Map([
	['kefu', aStudyItem('kefu')],
	['weihu', aStudyItem('weihu', { hanzi: '维护', pinyin: ['wéi', 'hù'], gloss: 'to maintain' })]
]);
const settings0 = { ...DEFAULT_SCHEDULER_SETTINGS };
const cardIds = ['kefu:recognition', 'kefu:recall', 'weihu:recognition', 'weihu:recall'];

function aSession(settings = { ...DEFAULT_SCHEDULER_SETTINGS }, deckLimits?: DeckLimits) {
	return new ReviewSession({
		store: studyStore,
		items,
		cardIds,
		settings,
		clock: () => now,
		...(deckLimits && { deckLimits })
	});
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

	it('introduces the new cards the learner moved first or last in that order', async () => {
		await applyCardAction(['weihu:recall'], 'first', T0, 0);
		await applyCardAction(['kefu:recognition'], 'last', T0, 0);
		const s = aSession({ ...DEFAULT_SCHEDULER_SETTINGS, burySiblings: false });
		await s.start();
		const shown: (string | undefined)[] = [];
		for (let i = 0; i < 4; i++) {
			shown.push(s.current?.id);
			now += MIN;
			await s.grade(4);
		}
		expect(shown).toEqual(['weihu:recall', 'kefu:recall', 'weihu:recognition', 'kefu:recognition']);
	});

	it('records every grade through the answer path and brings learning cards back', async () => {
		const s = aSession({ ...DEFAULT_SCHEDULER_SETTINGS, burySiblings: false });
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
		const s = aSession({ ...DEFAULT_SCHEDULER_SETTINGS, burySiblings: false });
		await s.start();
		await s.suspend();
		expect(s.current?.id).toBe('weihu:recognition');
		await s.bury();
		expect(s.counts.new).toBe(2);
		const next = aSession({ ...DEFAULT_SCHEDULER_SETTINGS, burySiblings: false });
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

	it('undoes a suspend and a burial, card and stored flags alike', async () => {
		const s = aSession();
		await s.start();
		await s.suspend();
		await s.bury();
		expect(await s.undo()).toBe(true);
		expect(s.current?.id).toBe('weihu:recognition');
		expect((await db.cards.get('weihu:recognition'))?.buriedUntil ?? 0).toBe(0);
		expect(await s.undo()).toBe(true);
		expect(s.current?.id).toBe('kefu:recognition');
		expect(await db.cards.get('kefu:recognition')).toBeUndefined();
	});

	it('refuses to undo an answer once the card was answered again elsewhere, and says so', async () => {
		const s = aSession();
		await s.start();
		const card = s.current?.id ?? '';
		await s.grade(3);
		now += MIN;
		await studyStore.recordAnswer(
			{ cardId: card, grade: 1, now, source: 'review', durationMs: 1 },
			settings0
		);
		expect(await s.undo()).toBe(false);
		expect(s.notice).toEqual({ code: 'undo-refused', reason: 'not-last' });
		expect(await db.reviews.count()).toBe(2);
	});

	it('buries a word’s other cards until the next day, and undo brings them back', async () => {
		const s = aSession();
		await s.start();
		await s.grade(3);
		expect(s.counts).toMatchObject({ new: 2 });
		expect((await db.cards.get('kefu:recall'))?.buriedUntil).toBeGreaterThan(now);
		const again = aSession();
		await again.start();
		expect(again.counts.new).toBe(2);
		expect(again.current?.item.id).toBe('weihu');
		await s.undo();
		expect(s.counts.new).toBe(4);
		expect((await db.cards.get('kefu:recall'))?.buriedUntil ?? 0).toBe(0);
	});

	it('keeps siblings when the setting is off', async () => {
		const s = aSession({ ...DEFAULT_SCHEDULER_SETTINGS, burySiblings: false });
		await s.start();
		await s.grade(3);
		expect(s.counts.new).toBe(3);
	});

	it('says what a daily limit holds back and studies more on request', async () => {
		const s = aSession({ ...DEFAULT_SCHEDULER_SETTINGS, newPerDay: 1, learningSteps: [] });
		await s.start();
		expect(s.held).toEqual({ new: 3, review: 0, newLimit: { by: 'all', perDay: 1 } });
		await s.grade(4);
		expect(s.phase).toBe('done');
		expect(s.held.new).toBe(2);
		s.studyMore('new');
		expect(s.phase).toBe('question');
		expect(s.current?.id).toBe('weihu:recognition');
	});

	it('holds a deck to its own limit, counting only that deck’s answers today', async () => {
		// A new card answered in another deck today uses up the limit across all decks, not this deck's.
		await studyStore.recordAnswer(
			{ cardId: 'other:recall', grade: 3, now: now - MIN, source: 'review', durationMs: 1 },
			settings0
		);
		const settings = { ...DEFAULT_SCHEDULER_SETTINGS, newPerDay: 20, burySiblings: false, learningSteps: [] };
		const s = aSession(settings, { newPerDay: 2 });
		await s.start();
		expect(s.counts.new).toBe(2);
		expect(s.held).toEqual({ new: 2, review: 0, newLimit: { by: 'deck', perDay: 2 } });
		await s.grade(4);
		const again = aSession(settings, { newPerDay: 2 });
		await again.start();
		expect(again.counts.new).toBe(1);
		// Across all decks 2 of 3 are used, so that limit binds before the deck's own 5.
		const tight = aSession({ ...settings, newPerDay: 3 }, { newPerDay: 5 });
		await tight.start();
		expect(tight.held.newLimit).toEqual({ by: 'all', perDay: 3 });
		expect(tight.counts.new).toBe(1);
	});

	it('tells when learning cards come back and offers them early', async () => {
		const s = aSession({ ...DEFAULT_SCHEDULER_SETTINGS, learningSteps: ['1h', '3h'] });
		await s.start();
		await s.grade(3);
		await s.grade(3);
		expect(s.phase).toBe('done');
		expect(s.waiting.count).toBe(2);
		expect(s.waiting.nextAt).toBeGreaterThan(now + 50 * MIN);
		s.studyWaitingNow();
		expect(s.phase).toBe('question');
		expect(s.counts.learning).toBe(2);
	});

	it('warns when the clock reads before an answer already given', async () => {
		await studyStore.recordAnswer(
			{ cardId: 'other:recall', grade: 3, now: T0 + 30 * 24 * 60 * MIN, source: 'review', durationMs: 1 },
			settings0
		);
		const s = aSession();
		await s.start();
		await s.grade(3);
		expect(s.notice).toMatchObject({ code: 'clock', fault: { newestAt: T0 + 30 * 24 * 60 * MIN } });
	});
});
