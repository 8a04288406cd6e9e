import { describe, expect, it } from 'vitest';
import { anAssignment, DUE, ISSUED } from '../../../../tests/factories/sharing';
import { applyGrade, retrievability } from '../scheduling/scheduler';
import { newMemoryState } from '../scheduling/new-card';
import { DEFAULT_SCHEDULER_SETTINGS, type Grade, type MemoryState } from '../scheduling/types';
import { missionCardId } from '../cards/card-id';
import { assignmentProgress, type ProgressInput, type ReviewFact } from './progress';

const settings = { ...DEFAULT_SCHEDULER_SETTINGS, enableFuzz: false };
const HOUR = 3_600_000;

/** Cards and reviews from answers given an hour apart after the assignment was issued. */
function history(answers: [cardId: string, grade: Grade][], start = ISSUED + HOUR) {
	const cards = new Map<string, MemoryState>();
	const reviews: ReviewFact[] = [];
	answers.forEach(([cardId, grade], i) => {
		const at = start + i * HOUR;
		cards.set(cardId, applyGrade(cards.get(cardId) ?? newMemoryState(at), grade, at, settings));
		reviews.push({ cardId, grade, reviewedAt: at, durationMs: 10_000 });
	});
	return { cards, reviews };
}

const parts: ProgressInput['parts'] = [
	{ kind: 'deck', id: 'd', cardIds: ['w1:recognition', 'w1:recall', 'w2:recognition'] },
	{ kind: 'deck', id: 'd2', cardIds: ['w2:recognition'] },
	{ kind: 'quiz', id: 'q', cardIds: ['m1:quiz', 'm2:quiz'] }
];

describe('assignmentProgress', () => {
	it('counts seen cards once across overlapping decks, and accuracy, time and quiz accuracy', () => {
		const { cards, reviews } = history([
			['w1:recognition', 3],
			['w2:recognition', 1],
			['m1:quiz', 3],
			['m2:quiz', 1],
			['m2:quiz', 3]
		]);
		const p = assignmentProgress({
			assignment: anAssignment(),
			parts,
			cards,
			reviews,
			now: ISSUED + 10 * HOUR
		});
		expect(p.summary).toMatchObject({ total: 5, seen: 4, reviews: 5, correct: 3, timeMs: 50_000 });
		expect(p.summary.quizAccuracy).toBeCloseTo(2 / 3);
		expect(p.parts.map((x) => [x.id, x.seen, x.total])).toEqual([
			['d', 2, 3],
			['d2', 1, 1],
			['q', 2, 2]
		]);
		expect(p.summary.targetMet).toBe(false);
	});

	it('predicts recall on the due date with the FSRS forgetting curve, unseen cards counting 0', () => {
		const { cards, reviews } = history([['w1:recognition', 3]]);
		const card = cards.get('w1:recognition')!;
		const p = assignmentProgress({
			assignment: anAssignment(),
			parts: parts.slice(0, 1),
			cards,
			reviews,
			now: ISSUED
		});
		expect(p.summary.recall).toBeCloseTo(retrievability(card, DUE) / 3);
		expect(retrievability(card, DUE)).toBeLessThan(retrievability(card, ISSUED + 2 * HOUR));
	});

	it('predicts at now once the due date has passed', () => {
		const { cards, reviews } = history([['w2:recognition', 4]]);
		const later = DUE + 30 * 24 * HOUR;
		const p = assignmentProgress({
			assignment: anAssignment(),
			parts: [parts[1]!],
			cards,
			reviews,
			now: later
		});
		expect(p.summary.recall).toBeCloseTo(retrievability(cards.get('w2:recognition')!, later));
	});

	it('ignores reviews from before the assignment was issued, but still counts the card as seen', () => {
		const { cards, reviews } = history([['w1:recognition', 3]], ISSUED - 48 * HOUR);
		const p = assignmentProgress({ assignment: anAssignment(), parts, cards, reviews, now: ISSUED });
		expect(p.summary).toMatchObject({ seen: 1, reviews: 0, timeMs: 0, quizAccuracy: null });
	});

	it('meets "every card seen and quiz ≥ 80 %" only when both hold, and needs every mission done', () => {
		const all: [string, Grade][] = [
			['w1:recognition', 3],
			['w1:recall', 3],
			['w2:recognition', 3],
			['m1:quiz', 3],
			['m2:quiz', 3]
		];
		const done = history(all);
		const input = { assignment: anAssignment(), parts, now: ISSUED + 10 * HOUR };
		expect(assignmentProgress({ ...input, ...done }).summary.targetMet).toBe(true);
		const weakQuiz = history([...all, ['m1:quiz', 1]]);
		expect(assignmentProgress({ ...input, ...weakQuiz }).summary.targetMet).toBe(false);
		const mission = [...parts, { kind: 'mission' as const, id: 'rfm', cardIds: [missionCardId('rfm')] }];
		expect(assignmentProgress({ ...input, parts: mission, ...done }).summary).toMatchObject({
			missionsDone: 0,
			missionsTotal: 1,
			targetMet: false
		});
		const hard = history([...all, [missionCardId('rfm'), 2]]);
		expect(assignmentProgress({ ...input, parts: mission, ...hard }).summary.missionsDone).toBe(0);
		const good = history([...all, [missionCardId('rfm'), 3]]);
		expect(assignmentProgress({ ...input, parts: mission, ...good }).summary).toMatchObject({
			missionsDone: 1,
			targetMet: true
		});
	});
});
