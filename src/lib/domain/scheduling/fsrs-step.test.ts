import { describe, expect, it } from 'vitest';
import { createEmptyCard, fsrs, generatorParameters, type Card, type StepUnit } from 'ts-fsrs';
import { aleaFirst, aleaFirstOfAnswer, fsrsStep, stepMinutes, withPlainParameters } from './fsrs-step';
import { seededRandom } from './test-factories';
import type { Grade, MemoryState } from './types';

const DAY = 86_400_000;

function fromCard(card: Card): MemoryState {
	const { due, last_review, ...rest } = card;
	const memory: MemoryState = { ...rest, due: due.getTime(), state: card.state };
	if (last_review) memory.last_review = last_review.getTime();
	else delete memory.last_review;
	return memory;
}

const CONFIGS = [
	{
		name: 'defaults with fuzz',
		fuzz: true,
		learning: ['1m', '10m'],
		relearning: ['10m'],
		max: 36500,
		retention: 0.9
	},
	{ name: 'no fuzz', fuzz: false, learning: ['1m', '10m'], relearning: ['10m'], max: 36500, retention: 0.9 },
	{
		name: 'one step, none to relearn',
		fuzz: true,
		learning: ['5m'],
		relearning: [],
		max: 36500,
		retention: 0.85
	},
	{
		name: 'day-long steps',
		fuzz: true,
		learning: ['10m', '1d', '3d'],
		relearning: ['1h', '2d'],
		max: 365,
		retention: 0.95
	},
	{ name: 'no steps, short maximum', fuzz: true, learning: [], relearning: [], max: 30, retention: 0.8 }
] as const;

describe('fsrsStep', () => {
	for (const config of CONFIGS) {
		it(`equals ts-fsrs's next for every answer of random histories (${config.name})`, () => {
			const scheduler = fsrs(
				generatorParameters({
					request_retention: config.retention,
					maximum_interval: config.max,
					enable_fuzz: config.fuzz,
					enable_short_term: true,
					learning_steps: [...config.learning] as StepUnit[],
					relearning_steps: [...config.relearning] as StepUnit[]
				})
			);
			const steps = stepMinutes(scheduler);
			// The replay steps with a copy whose parameters are a plain object; it must agree with ts-fsrs.
			const stepper = withPlainParameters(scheduler);
			const next = seededRandom(config.name.length * 7919);
			let compared = 0;
			for (let history = 0; history < 200; history++) {
				let at = Date.UTC(2025, 0, 1) + Math.floor(next() * 365 * DAY);
				let card = createEmptyCard(new Date(at));
				let memory = fromCard(card);
				for (let answer = 0; answer < 25; answer++) {
					const grade = (1 + Math.floor(next() * 4)) as Grade;
					const expected = scheduler.next(card, new Date(at), grade).card;
					const actual = fsrsStep(stepper, steps, memory, grade, at);
					expect(actual).toEqual(fromCard(expected));
					card = expected;
					memory = actual;
					compared += 1;
					// Early, on time or late, sometimes on the same day.
					const wait = expected.due.getTime() - at;
					at += Math.max(60_000, Math.round(wait * (0.2 + next() * 1.8)));
				}
			}
			expect(compared).toBe(5000);
		});
	}
});

describe('aleaFirstOfAnswer', () => {
	it('equals aleaFirst over the seed string, for any time, rep count and memory', () => {
		const next = seededRandom(2024);
		const times = [
			0,
			7,
			99_999_999,
			100_000_000,
			100_000_001,
			1_000_000_000_000,
			Date.UTC(2026, 0, 1),
			2 ** 53 - 1
		];
		for (let k = 0; k < 20_000; k++) times.push(Math.floor(next() * 4e12), Math.floor(next() * 1e9));
		// Sessions: answers seconds apart, some on either side of a millionth millisecond.
		for (let k = 0; k < 2_000; k++)
			times.push(Date.UTC(2026, 0, 1) + 999_000 + k * 1_000, 1e12 - 1 + (k % 3));
		// Times and counts the digit-by-digit path does not take: negative, fractional, beyond safe integers.
		times.push(-1, -1_700_000_000_000, 1.5, 2 ** 53 + 2, 1e21, Number.NaN);
		for (const now of times) {
			const reps =
				next() < 0.1 ? [0, 1, 10, 99_999, -3, 2.5][Math.floor(next() * 6)]! : Math.floor(next() * 300);
			const product = next() < 0.5 ? next() * 10 * next() * 36500 : Math.round(next() * 1e6) / 100;
			expect(aleaFirstOfAnswer(now, reps, product)).toBe(aleaFirst(`${now}_${reps}_${product}`));
		}
	});
});
