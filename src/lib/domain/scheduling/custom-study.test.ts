import { describe, expect, it } from 'vitest';
import { customStudyCards, type CustomContext } from './custom-study';
import type { QueueCard } from './daily-queue';
import { newMemoryState } from './new-card';

const NOW = Date.UTC(2026, 10, 2, 9, 0);
const DAY = 86_400_000;

const card = (id: string, state: 0 | 2 = 0, due = NOW, extra: Partial<QueueCard> = {}): QueueCard => ({
	id,
	memory: { ...newMemoryState(NOW), state, due, stability: state ? 5 : 0 },
	suspended: false,
	...extra
});

const cards = [
	card('a:recall'),
	card('b:recall'),
	card('c:cloze'),
	card('d:recall', 2, NOW - DAY),
	card('e:recall', 2, NOW + 3 * DAY),
	card('f:recall', 2, NOW + 20 * DAY),
	card('g:recall', 2, NOW - DAY, { suspended: true })
];
const ctx: CustomContext = {
	now: NOW,
	dayRolloverHour: 4,
	utcOffsetMinutes: 0,
	normalNew: 1,
	normalReviews: 0,
	forgotten: new Set(['e:recall', 'a:recall']),
	levelOf: (id) => (id.startsWith('c') || id.startsWith('e') ? 'B1' : 'A1'),
	templateOf: (id) => id.split(':')[1],
	itemOf: (id) => id.split(':')[0],
	burySiblings: false
};

describe('custom study', () => {
	it('extends today’s new and review limits by the extra asked for', () => {
		expect(customStudyCards(cards, { kind: 'new', count: 1 }, ctx)).toEqual(['a:recall', 'b:recall']);
		expect(customStudyCards(cards, { kind: 'review', count: 5 }, ctx)).toEqual(['d:recall']);
	});

	it('reviews ahead only cards due within the days chosen, soonest first', () => {
		expect(customStudyCards(cards, { kind: 'ahead', count: 7 }, ctx)).toEqual(['e:recall']);
		expect(customStudyCards(cards, { kind: 'ahead', count: 30 }, ctx)).toEqual(['e:recall', 'f:recall']);
	});

	it('takes studied cards forgotten recently, and a level or card type, never suspended ones', () => {
		expect(customStudyCards(cards, { kind: 'forgotten', count: 3 }, ctx)).toEqual(['e:recall']);
		expect(customStudyCards(cards, { kind: 'level', count: 0, level: 'B1' }, ctx)).toEqual(['c:cloze']);
		expect(customStudyCards(cards, { kind: 'template', count: 0, template: 'recall' }, ctx)).toEqual([
			'd:recall',
			'a:recall',
			'b:recall'
		]);
	});

	it('takes one card per word when answering a card buries its siblings, so the session keeps its size', () => {
		const siblings = [
			card('a:recognition'),
			card('a:recall'),
			card('b:recognition'),
			card('b:recall'),
			card('c:recall')
		];
		const burying = { ...ctx, normalNew: 0, burySiblings: true };
		expect(customStudyCards(siblings, { kind: 'new', count: 2 }, burying)).toEqual([
			'a:recognition',
			'b:recognition'
		]);
		expect(customStudyCards(siblings, { kind: 'new', count: 2 }, ctx)).toEqual([
			'a:recognition',
			'a:recall',
			'b:recognition'
		]);
	});
});
