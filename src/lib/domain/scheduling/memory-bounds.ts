/** The ranges a stored card's memory must keep for the scheduler to accept it. */
import { S_MAX, S_MIN } from 'ts-fsrs';
import type { MemoryState } from './types';

const DAY = 86_400_000;
/** days; the longest interval settings allow, plus room for the scheduler's own day of rounding */
const MAX_DAYS = 36_501;
const MAX_COUNT = 1_000_000;

/** A field of a stored card that is out of range, and the range it should be in. */
export interface FieldProblem {
	field: keyof MemoryState | 'suspended' | 'buriedUntil';
	expected: string;
}

/** The card fields besides its memory that the app reads. */
export interface CardFlags {
	suspended: number;
	buriedUntil: number;
}

const within = (x: unknown, min: number, max: number): boolean =>
	typeof x === 'number' && Number.isFinite(x) && x >= min && x <= max;
const whole = (x: unknown, min: number, max: number): boolean => within(x, min, max) && Number.isInteger(x);

/**
 * The first field of a card the scheduler or queue would choke on at `now` (epoch ms), or null.
 * A new card may hold zeros; an answered one needs a real memory and a last review in the past.
 */
export function cardFieldProblem(card: MemoryState & CardFlags, now: number): FieldProblem | null {
	const latest = now + MAX_DAYS * DAY;
	const answered = card.state !== 0;
	const checks: [FieldProblem['field'], boolean, string][] = [
		['state', whole(card.state, 0, 3), 'a card state from 0 to 3'],
		['due', whole(card.due, 0, latest), 'a date within 100 years'],
		[
			'stability',
			answered ? within(card.stability, S_MIN, S_MAX) : within(card.stability, 0, S_MAX),
			`days from ${answered ? S_MIN : 0} to ${S_MAX}`
		],
		[
			'difficulty',
			answered ? within(card.difficulty, 1, 10) : within(card.difficulty, 0, 10),
			`a difficulty from ${answered ? 1 : 0} to 10`
		],
		['elapsed_days', within(card.elapsed_days, 0, MAX_DAYS), `days from 0 to ${MAX_DAYS}`],
		['scheduled_days', within(card.scheduled_days, 0, MAX_DAYS), `days from 0 to ${MAX_DAYS}`],
		['learning_steps', whole(card.learning_steps, 0, 1000), 'a step index from 0 to 1000'],
		['reps', whole(card.reps, 0, MAX_COUNT), `a count up to ${MAX_COUNT}`],
		['lapses', whole(card.lapses, 0, MAX_COUNT), `a count up to ${MAX_COUNT}`],
		[
			'last_review',
			card.last_review === undefined ? !answered : whole(card.last_review, 0, now + DAY),
			'a date no later than tomorrow, present once the card is answered'
		],
		['suspended', card.suspended === 0 || card.suspended === 1, '0 or 1'],
		['buriedUntil', whole(card.buriedUntil, 0, now + 2 * DAY), 'a date no more than two days ahead']
	];
	const bad = checks.find(([, ok]) => !ok);
	return bad ? { field: bad[0], expected: bad[2] } : null;
}
