/**
 * Runs in Chromium (served by scripts/bench/run.ts): fills IndexedDB with a large review history
 * through the app's own data layer and times the operations the budgets name.
 */
import { exportBackup, importBackup } from '$lib/data/backup-repository';
import { AppDatabase, useDatabase, type ReviewRow } from '$lib/data/db';
import { runIntegrity } from '$lib/data/integrity-client';
import { loadStats } from '$lib/data/stats-repository';
import { recordAnswer } from '$lib/data/review-repository';
import { KEEP_ROWS_DAYS, logFromRows, logTables, writeReviewLog } from '$lib/data/review-log';
import { endOfStudyDay, studyDayStart } from '$lib/domain/scheduling/study-day';
import { DEFAULT_SCHEDULER_SETTINGS } from '$lib/domain/scheduling/types';
import { ReviewSession } from '$lib/state/runes/review-session.svelte';
import { studyStore } from '$lib/state/loaders/study-store';
import { recordSpread } from '../spread';
import { cardFigures, INFO_CARD } from './cards';
import { optimizerFigures } from './optimizer';

export interface BenchFigures {
	[name: string]: number;
}

const settings = { ...DEFAULT_SCHEDULER_SETTINGS };
const DAY = 86_400_000;

/** Repeated runs of one timed operation. */
async function sample(runs: number, fn: (run: number) => Promise<unknown>): Promise<number[]> {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) times.push((await time(() => fn(i)))[0]);
	return times;
}

/** Repeated runs that each time their own operation and return its ms, leaving out what they set up first. */
async function sampleOwn(runs: number, fn: (run: number) => Promise<number>): Promise<number[]> {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) times.push(await fn(i));
	return times;
}

/** Puts `count` stored cards out of step with the log, as a bug or an interrupted write would. */
async function drift(db: AppDatabase, from: number, count: number): Promise<void> {
	const ids = Array.from({ length: count }, (_, i) => `bench-${from + i}:recognition`);
	const rows = await db.cards.bulkGet(ids);
	await db.cards.bulkPut(rows.flatMap((r) => (r ? [{ ...r, stability: r.stability * 1.5 + 1 }] : [])));
}

/** A deterministic history: `reviews` answers spread over `cards` cards and two years. */
function* history(cards: number, reviews: number, end: number): Generator<ReviewRow> {
	let seed = 42;
	const start = end - 730 * DAY;
	for (let i = 0; i < reviews; i++) {
		seed = (seed * 48271) % 2147483647;
		const card = i % cards;
		const round = Math.floor(i / cards);
		// About 200 answers go to one card, spread over the whole history, for card info.
		const info = i % Math.max(1, Math.floor(reviews / 200)) === 0;
		yield {
			id: i + 1,
			cardId: info ? INFO_CARD : `bench-${card}:recognition`,
			grade: seed % 10 < 1 ? 1 : seed % 10 < 2 ? 2 : seed % 10 < 9 ? 3 : 4,
			reviewedAt: start + round * Math.floor((730 * DAY) / Math.ceil(reviews / cards)) + card * 1000,
			source: 'review',
			durationMs: 3000 + (seed % 5000),
			stateBefore: round === 0 ? 0 : 2,
			scheduledDays: 1
		};
	}
}

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
	const start = performance.now();
	const result = await fn();
	return [performance.now() - start, result];
}

/** `only` names a group ("cards") to time just that after seeding; empty times everything. */
async function run(cards: number, reviews: number, only: string): Promise<BenchFigures> {
	const db = new AppDatabase(`bench-${Date.now()}`);
	useDatabase(db);
	const now = Date.now();
	// Stored as the app keeps a long history: the last week as rows, everything older packed.
	const log = logFromRows([...history(cards, reviews, now - DAY)]);
	await db.transaction('rw', logTables(db), () => writeReviewLog(db, log, now - KEEP_ROWS_DAYS * DAY));

	const figures: BenchFigures = {};
	// The log alone is stored, so this first rebuild writes every card row.
	// Timed twice more at the end, after the other figures: clearing every card row slows the reads after it.
	const firstBuildTimes = [(await time(() => runIntegrity('rebuild', settings)))[0]];
	figures.cardsStored = await db.cards.count();
	figures.reviewsStored = await db.reviews.count();
	if (only === 'optimizer') {
		Object.assign(figures, await optimizerFigures(db.name));
		db.close();
		await db.delete();
		return figures;
	}
	if (only === 'cards') {
		const backup = JSON.stringify(await exportBackup(now));
		Object.assign(figures, await cardFigures(now, settings, backup));
		db.close();
		await db.delete();
		return figures;
	}

	// A rebuild of a stored database: 1% of the cards (600) differ from the log and are rewritten.
	const rewritten: number[] = [];
	const rebuildTimes = await sampleOwn(3, async (run) => {
		await drift(db, run * 600, 600);
		const started = performance.now();
		rewritten.push((await runIntegrity('rebuild', settings)).rewritten);
		return performance.now() - started;
	});
	recordSpread(figures, 'rebuildMs', rebuildTimes);
	figures.rebuildRewritten = Math.max(...rewritten);

	const answerTimes = await sample(100, (i) =>
		recordAnswer(
			{ cardId: `bench-${i}:recognition`, grade: 3, now: now + i, source: 'review', durationMs: 2000 },
			settings
		)
	);
	recordSpread(figures, 'recordAnswerMs', answerTimes);

	// A study session over a deck of 600 of the stored cards: what it reads to build today's queue
	// (the deck's rows and today's answers, which the answers just recorded are among), then the whole start.
	const deck = Array.from({ length: 600 }, (_, i) => `bench-${1000 + i}:recognition`);
	const items = new Map(
		deck.map((id) => {
			const itemId = id.slice(0, id.indexOf(':'));
			return [
				itemId,
				{
					id: itemId,
					kind: 'word' as const,
					entryId: itemId,
					hanzi: '客户',
					pinyin: ['kè', 'hù'],
					gloss: 'client',
					level: 'A2' as const,
					examples: []
				}
			];
		})
	);
	const [dayStart, dayEnd] = [
		studyDayStart(now, settings.dayRolloverHour),
		endOfStudyDay(now, settings.dayRolloverHour)
	];
	// The first opening of a deck reads its rows one by one and takes its snapshot (deck-snapshots.ts);
	// the openings after it read the snapshot.
	const snapshotTaken = async () => {
		for (let wait = 0; wait < 100 && (await db.deckSnapshots.count()) === 0; wait++)
			await new Promise((resolve) => setTimeout(resolve, 10));
	};
	const coldTimes: number[] = [];
	for (let i = 0; i < 5; i++) {
		await db.deckSnapshots.clear();
		coldTimes.push((await time(() => studyStore.sessionStart(deck, dayStart, dayEnd)))[0]);
		await snapshotTaken();
	}
	recordSpread(figures, 'dueQueueColdMs', coldTimes);
	recordSpread(
		figures,
		'dueQueueMs',
		await sample(20, () => studyStore.sessionStart(deck, dayStart, dayEnd))
	);
	let clock = now;
	const aSession = () =>
		new ReviewSession({
			store: studyStore,
			items,
			cardIds: deck,
			settings: { ...settings, reviewsPerDay: 9999 },
			clock: () => clock
		});
	let session = aSession();
	const startTimes = await sample(20, () => {
		session = aSession();
		return session.start();
	});
	recordSpread(figures, 'sessionStartMs', startTimes);
	const gradeTimes: number[] = [];
	for (let i = 0; i < 50 && session.current; i++) {
		clock += 5000;
		const [ms] = await time(() => session.grade(3));
		gradeTimes.push(ms);
	}
	recordSpread(figures, 'gradeToNextMs', gradeTimes);

	const aggregateTimes: number[] = [];
	const statsTimes = await sample(3, async () => {
		const stats = await loadStats({
			levelOf: {},
			totalCardsByLevel: {},
			now,
			rolloverHour: 4,
			utcOffsetMinutes: 480
		});
		aggregateTimes.push(stats.timings.aggregateMs);
	});
	recordSpread(figures, 'statsMs', statsTimes);
	recordSpread(figures, 'statsAggregateMs', aggregateTimes);

	let backup = '';
	const exportTimes = await sample(3, async () => {
		backup = JSON.stringify(await exportBackup(now));
	});
	recordSpread(figures, 'exportMs', exportTimes);
	figures.backupMB = backup.length / 1e6;
	const mismatches: number[] = [];
	const restoreTimes = await sample(3, async () => {
		mismatches.push((await importBackup(backup, settings, now)).mismatched.length);
	});
	recordSpread(figures, 'restoreMs', restoreTimes);
	figures.restoreMismatches = Math.max(...mismatches);
	Object.assign(figures, await cardFigures(now, settings, backup));

	// A new device: the same backup restored into an empty database, so every card and answer is written.
	const newDevice: number[] = [];
	for (let run = 0; run < 3; run++) {
		const empty = new AppDatabase(`bench-new-device-${Date.now()}-${run}`);
		useDatabase(empty);
		await empty.open();
		newDevice.push((await time(() => importBackup(backup, settings, now)))[0]);
		empty.close();
		await empty.delete();
	}
	useDatabase(db);
	recordSpread(figures, 'restoreNewDeviceMs', newDevice);

	// Back to the log alone (no card rows, pages or record of writes) for two more first rebuilds.
	for (let run = 0; run < 2; run++) {
		await db.transaction('rw', [db.cards, db.cardPages, db.cardWrites], async () => {
			await db.cards.clear();
			await Promise.all([db.cardPages.clear(), db.cardWrites.clear()]);
		});
		firstBuildTimes.push((await time(() => runIntegrity('rebuild', settings)))[0]);
	}
	recordSpread(figures, 'firstBuildMs', firstBuildTimes);
	db.close();
	await db.delete();
	return figures;
}

(window as unknown as { runBench: typeof run }).runBench = run;
document.title = 'ready';
