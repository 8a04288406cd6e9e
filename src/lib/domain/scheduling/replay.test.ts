import { describe, expect, it } from 'vitest';
import { MixedCardEventsError, replay, replayCard, replayColumns, type ReviewLogColumns } from './replay';
import { applyGrade } from './scheduler';
import { newMemoryState } from './new-card';
import { DAY, HOUR, MINUTE, T0, settings } from './test-factories';
import type { Grade, MemoryState, ReviewEvent } from './types';

const fuzzy = settings({ enableFuzz: true });

/** A realistic history: two cards interleaved over a few weeks, with a lapse. */
const LOG: ReviewEvent[] = [
	{ cardId: 'kehu:recognition', grade: 3, reviewedAt: T0 },
	{ cardId: 'hetong:recognition', grade: 1, reviewedAt: T0 + 30_000 },
	{ cardId: 'hetong:recognition', grade: 3, reviewedAt: T0 + 2 * MINUTE },
	{ cardId: 'kehu:recognition', grade: 3, reviewedAt: T0 + 10 * MINUTE },
	{ cardId: 'hetong:recognition', grade: 3, reviewedAt: T0 + 12 * MINUTE },
	{ cardId: 'kehu:recognition', grade: 4, reviewedAt: T0 + 3 * DAY },
	{ cardId: 'hetong:recognition', grade: 1, reviewedAt: T0 + 3 * DAY + HOUR },
	{ cardId: 'hetong:recognition', grade: 3, reviewedAt: T0 + 3 * DAY + 2 * HOUR },
	{ cardId: 'kehu:recognition', grade: 2, reviewedAt: T0 + 20 * DAY }
];

/** What the app does live: apply each answer to the card's stored state as it happens. */
function gradeOneByOne(events: readonly ReviewEvent[]): Map<string, MemoryState> {
	const states = new Map<string, MemoryState>();
	for (const { cardId, grade, reviewedAt } of events) {
		const before = states.get(cardId) ?? newMemoryState(reviewedAt);
		states.set(cardId, applyGrade(before, grade, reviewedAt, fuzzy));
	}
	return states;
}

describe('replay', () => {
	it('rebuilds exactly the states that grading one answer at a time produced', () => {
		expect(replay(LOG, fuzzy)).toEqual(gradeOneByOne(LOG));
	});

	it('gives the same result when the log arrives out of order (e.g. merged from a backup)', () => {
		const shuffled = [LOG[5], LOG[0], LOG[8], LOG[2], LOG[1], LOG[7], LOG[3], LOG[6], LOG[4]].filter(
			(event): event is ReviewEvent => event !== undefined
		);
		expect(shuffled).toHaveLength(LOG.length);
		expect(replay(shuffled, fuzzy)).toEqual(replay(LOG, fuzzy));
	});

	it('keeps log order for answers stamped in the same millisecond', () => {
		const at = T0 + 5 * MINUTE;
		const againThenGood: ReviewEvent[] = [
			{ cardId: 'c', grade: 1, reviewedAt: at },
			{ cardId: 'c', grade: 3, reviewedAt: at }
		];
		const goodThenAgain = [...againThenGood].reverse();
		expect(replay(againThenGood, fuzzy).get('c')).toEqual(gradeOneByOne(againThenGood).get('c'));
		expect(replay(goodThenAgain, fuzzy).get('c')).toEqual(gradeOneByOne(goodThenAgain).get('c'));
		expect(replay(againThenGood, fuzzy).get('c')).not.toEqual(replay(goodThenAgain, fuzzy).get('c'));
	});

	it('accepts any iterable, such as a generator reading the log in pages', () => {
		function* pages(): Generator<ReviewEvent> {
			yield* LOG;
		}
		expect(replay(pages(), fuzzy)).toEqual(replay(LOG, fuzzy));
	});

	it('knows nothing of cards without events', () => {
		expect(replay([], fuzzy).size).toBe(0);
	});

	it('reschedules the whole history when the settings change', () => {
		const strict = settings({ enableFuzz: true, desiredRetention: 0.97 });
		const relaxed = replay(LOG, fuzzy).get('kehu:recognition');
		const tighter = replay(LOG, strict).get('kehu:recognition');
		expect(tighter?.due).toBeLessThan(relaxed?.due ?? 0);
	});
});

describe('replayCard', () => {
	const kehu = LOG.filter((event) => event.cardId === 'kehu:recognition');

	it('equals that card in the full replay', () => {
		expect(replayCard(kehu, fuzzy)).toEqual(replay(LOG, fuzzy).get('kehu:recognition'));
	});

	it('undo: replaying all but the last answer restores the state from before it', () => {
		const history: Grade[] = [3, 3, 3, 1, 3];
		let memory = newMemoryState(T0);
		let at = T0;
		const events: ReviewEvent[] = [];
		const before: MemoryState[] = [];
		for (const grade of history) {
			before.push(memory);
			events.push({ cardId: 'c', grade, reviewedAt: at });
			memory = applyGrade(memory, grade, at, fuzzy);
			at = memory.due + HOUR;
		}
		for (let kept = 1; kept < history.length; kept++)
			expect(replayCard(events.slice(0, kept), fuzzy)).toEqual(before[kept]);
	});

	it('undoing the only answer leaves a card with no history (undefined: show it as new)', () => {
		expect(replayCard([], fuzzy)).toBeUndefined();
	});

	it('refuses events from two cards, which would silently blend their histories', () => {
		expect(() => replayCard(LOG, fuzzy)).toThrow(MixedCardEventsError);
	});
});

/** The log as the data layer stores it: a card dictionary and typed columns. */
function columns(events: readonly ReviewEvent[]): ReviewLogColumns {
	const cardIds = [...new Set(events.map((e) => e.cardId))];
	return {
		cardIds,
		card: Uint32Array.from(events, (e) => cardIds.indexOf(e.cardId)),
		grade: Uint8Array.from(events, (e) => e.grade),
		reviewedAt: Float64Array.from(events, (e) => e.reviewedAt)
	};
}

describe('replayColumns', () => {
	const asMap = (log: ReviewLogColumns, states: (MemoryState | undefined)[]) =>
		new Map(log.cardIds.flatMap((id, c) => (states[c] ? [[id, states[c]] as const] : [])));

	it('equals replay for a log in order, shuffled, or with same-millisecond answers', () => {
		const shuffled = [...LOG].reverse();
		const sameTime = LOG.map((e, i) => ({ ...e, reviewedAt: i < 3 ? T0 : e.reviewedAt }));
		for (const events of [LOG, shuffled, sameTime]) {
			const log = columns(events);
			expect(asMap(log, replayColumns(log, fuzzy))).toEqual(replay(events, fuzzy));
		}
	});

	it('leaves cards with no answers undefined', () => {
		const log = { ...columns(LOG), cardIds: [...columns(LOG).cardIds, 'never:recall'] };
		expect(replayColumns(log, fuzzy)[2]).toBeUndefined();
	});
});
