import { describe, expect, it } from 'vitest';
import { buildQueue, deckCounts, isLeech, type QueueInput } from './daily-queue';
import { newMemoryState } from './new-card';
import {
	BEIJING,
	DAY,
	HOUR,
	MINUTE,
	T0,
	beijing,
	newCards,
	queueCard,
	reviewMemory,
	settings,
	studied
} from './test-factories';

const NOW = beijing(2025, 3, 10, 20); // 8 p.m.; the study day ends at 4 a.m. tomorrow

function input(cards: QueueInput['cards'], extra: Partial<QueueInput> = {}): QueueInput {
	return {
		cards,
		now: NOW,
		settings: settings(),
		newDoneToday: 0,
		reviewsDoneToday: 0,
		utcOffsetMinutes: BEIJING,
		...extra
	};
}

/** A review card whose due date is `dueIn` from NOW (negative = overdue). */
function due(id: string, dueIn: number) {
	return queueCard(id, { ...reviewMemory(NOW, 10, 5), due: NOW + dueIn });
}

/** A card in a (re)learning step due `dueIn` from NOW. */
function learning(id: string, dueIn: number, state: 1 | 3 = 1) {
	return queueCard(id, { ...studied([3]), state, due: NOW + dueIn });
}

describe('buildQueue', () => {
	it('sorts cards into learning, review and new', () => {
		const queue = buildQueue(input([learning('l', -MINUTE), due('r', -DAY), ...newCards(1)]));
		expect(queue).toMatchObject({ learning: ['l'], review: ['r'], new: ['new-0'] });
	});

	it('shows learning and relearning cards only once their step is due, soonest first', () => {
		const cards = [learning('later', 5 * MINUTE), learning('b', -MINUTE, 3), learning('a', -10 * MINUTE)];
		expect(buildQueue(input(cards)).learning).toEqual(['a', 'b']);
		expect(buildQueue(input(cards)).later).toEqual(['later']);
	});

	it('includes reviews due later tonight, before the 4 a.m. rollover, but not tomorrow', () => {
		const cards = [due('tonight', 3 * HOUR), due('after-4am', 8 * HOUR + MINUTE)];
		expect(buildQueue(input(cards)).review).toEqual(['tonight']);
	});

	it('at 03:30 the reviews due at 10 a.m. belong to the next study day', () => {
		const at0330 = beijing(2025, 3, 11, 3, 30);
		const card = queueCard('r', { ...reviewMemory(at0330, 10, 5), due: beijing(2025, 3, 11, 10) });
		expect(buildQueue(input([card], { now: at0330 })).review).toEqual([]);
		const at0400 = beijing(2025, 3, 11, 4);
		expect(buildQueue(input([card], { now: at0400 })).review).toEqual(['r']);
	});

	it('shows the most overdue reviews first', () => {
		const cards = [due('yesterday', -DAY), due('tonight', HOUR), due('last-week', -7 * DAY)];
		expect(buildQueue(input(cards)).review).toEqual(['last-week', 'yesterday', 'tonight']);
	});

	it('the new-card cap stops new cards after 20 in a day', () => {
		const cards = newCards(50);
		expect(buildQueue(input(cards)).new).toHaveLength(20);
		expect(buildQueue(input(cards, { newDoneToday: 15 })).new).toHaveLength(5);
		expect(buildQueue(input(cards, { newDoneToday: 20 })).new).toEqual([]);
		expect(buildQueue(input(cards, { newDoneToday: 25 })).new).toEqual([]);
	});

	it('caps a deck by its own limit and by the limit across all decks, whichever leaves fewer', () => {
		const cards = newCards(50);
		const own = (newPerDay: number | undefined, newDoneToday: number) => ({
			deck: { limits: newPerDay === undefined ? {} : { newPerDay }, newDoneToday, reviewsDoneToday: 0 }
		});
		// The deck allows 5 a day and has used 2; the 20 across all decks have room for more.
		const deckBound = buildQueue(input(cards, { newDoneToday: 10, ...own(5, 2) }));
		expect(deckBound.new).toHaveLength(3);
		expect(deckBound.heldBy).toEqual({ new: 'deck' });
		// Other decks used 18 of the 20, so 2 are left although this deck allows 5.
		const allBound = buildQueue(input(cards, { newDoneToday: 18, ...own(5, 0) }));
		expect(allBound.new).toHaveLength(2);
		expect(allBound.heldBy).toEqual({ new: 'all' });
		// A deck may allow more than the limit across all decks, which still holds.
		expect(buildQueue(input(cards, own(40, 0))).new).toHaveLength(20);
		// No limit of its own: only the one across all decks.
		expect(buildQueue(input(cards, { newDoneToday: 4, ...own(undefined, 4) })).new).toHaveLength(16);
		// Nothing held, nothing named.
		expect(buildQueue(input(newCards(3), own(5, 0))).heldBy).toEqual({});
	});

	it('caps reviews by the deck’s own review limit too', () => {
		const cards = [due('a', -3 * DAY), due('b', -2 * DAY), due('c', -DAY)];
		const queue = buildQueue(
			input(cards, { deck: { limits: { reviewsPerDay: 2 }, newDoneToday: 0, reviewsDoneToday: 1 } })
		);
		expect(queue.review).toEqual(['a']);
		expect(queue.held.review).toEqual(['b', 'c']);
		expect(queue.heldBy).toEqual({ review: 'deck' });
	});

	it('introduces new cards in the order given (course order)', () => {
		expect(buildQueue(input(newCards(3))).new).toEqual(['new-0', 'new-1', 'new-2']);
	});

	it('caps reviews at reviewsPerDay minus those already done, keeping the most overdue', () => {
		const cards = Array.from({ length: 10 }, (_, i) => due(`r${i}`, -i * HOUR));
		const capped = input(cards, { settings: settings({ reviewsPerDay: 8 }), reviewsDoneToday: 5 });
		expect(buildQueue(capped).review).toEqual(['r9', 'r8', 'r7']);
	});

	it('never caps learning cards, so a half-learned card is not dropped', () => {
		const cards = [learning('l', -MINUTE)];
		const spent = input(cards, { settings: settings({ reviewsPerDay: 0, newPerDay: 0 }) });
		expect(buildQueue(spent).learning).toEqual(['l']);
	});

	it('leaves out suspended cards and cards buried until later', () => {
		const cards = [
			queueCard('suspended', newMemoryState(T0), { suspended: true }),
			{ ...due('buried', -DAY), buriedUntil: NOW + HOUR },
			{ ...due('unburied', -DAY), buriedUntil: NOW - HOUR }
		];
		expect(buildQueue(input(cards))).toMatchObject({
			learning: [],
			review: ['unburied'],
			new: [],
			later: []
		});
	});
});

describe('deckCounts', () => {
	const cards = [
		...newCards(30),
		learning('l1', -MINUTE),
		learning('l2', HOUR),
		due('r1', -DAY),
		due('r2', HOUR),
		due('r3', 2 * DAY)
	];

	it('counts only the cards in the deck', () => {
		expect(deckCounts(input(cards), ['new-0', 'new-1', 'l1', 'r1', 'r3'])).toMatchObject({
			new: 2,
			learning: 1,
			due: 1
		});
	});

	it('shows today’s new-card cap rather than every unseen card', () => {
		const ids = cards.map((card) => card.id);
		expect(deckCounts(input(cards), ids)).toMatchObject({ new: 20, learning: 2, due: 2 });
		expect(deckCounts(input(cards, { newDoneToday: 18, reviewsDoneToday: 199 }), ids)).toEqual({
			new: 2,
			learning: 2,
			due: 1,
			nextLearningAt: NOW + HOUR,
			newHeld: cards.filter((c) => c.memory.state === 0).length - 2,
			dueHeld: 1,
			heldBy: { new: 'all', review: 'all' }
		});
	});

	it('counts learning cards due later today and says when the next one comes', () => {
		const cards = [learning('now', -MINUTE), learning('soon', 7 * MINUTE), learning('tomorrow', 9 * HOUR)];
		const ids = cards.map((card) => card.id);
		expect(deckCounts(input(cards), ids)).toEqual({
			new: 0,
			learning: 2,
			due: 0,
			newHeld: 0,
			dueHeld: 0,
			nextLearningAt: NOW + 7 * MINUTE,
			heldBy: {}
		});
	});
});

describe('isLeech', () => {
	it('flags a card once it has lapsed as often as the threshold', () => {
		const memory = studied([3, 3]);
		expect(isLeech({ ...memory, lapses: 7 }, 8)).toBe(false);
		expect(isLeech({ ...memory, lapses: 8 }, 8)).toBe(true);
	});
});
