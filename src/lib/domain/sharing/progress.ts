/**
 * Progress toward an assignment from the learner's cards and review log: what the home screen shows and
 * what a report carries. Pure: the caller resolves the assignment's parts to card ids and passes `now`.
 */
import { retrievability } from '../scheduling/scheduler';
import type { MemoryState } from '../scheduling/types';
import type { Assignment, Part, PartKind, Summary, Target } from './documents';

/** One part of an assignment with the card ids it stands for (empty when this device lacks it). */
export interface ResolvedPart {
	kind: PartKind;
	id: string;
	cardIds: readonly string[];
}

export interface ReviewFact {
	cardId: string;
	grade: 1 | 2 | 3 | 4;
	/** epoch ms */
	reviewedAt: number;
	/** ms */
	durationMs: number;
}

export interface ProgressInput {
	assignment: Pick<Assignment, 'issuedAt' | 'dueAt' | 'target'>;
	parts: readonly ResolvedPart[];
	/** stored FSRS state by card id; missing cards were never studied */
	cards: ReadonlyMap<string, MemoryState>;
	/** every review of the assignment's cards (older ones are ignored) */
	reviews: readonly ReviewFact[];
	/** epoch ms */
	now: number;
	/** the learner's FSRS parameters (defaults when absent) */
	weights?: readonly number[];
}

export interface Progress {
	summary: Summary;
	parts: Part[];
}

/** When recall is predicted: the due date, or now once it has passed. epoch ms */
export function predictionTime(dueAt: number, now: number): number {
	return Math.max(dueAt, now);
}

/** A review counts as correct unless it was graded Again. */
export const isCorrect = (grade: number): boolean => grade > 1;

/** A mission is done once it has a review graded Good or Easy. */
export const completesMission = (grade: number): boolean => grade >= 3;

type Figures = Omit<Part, 'kind' | 'id'>;

function figuresOf(
	cardIds: readonly string[],
	input: ProgressInput,
	byCard: Map<string, ReviewFact[]>
): Figures {
	const at = predictionTime(input.assignment.dueAt, input.now);
	const f: Figures = { total: cardIds.length, seen: 0, reviews: 0, correct: 0, recall: 0, timeMs: 0 };
	for (const id of cardIds) {
		const card = input.cards.get(id);
		if (card && card.reps > 0) f.seen += 1;
		if (card) f.recall += retrievability(card, at, input.weights);
		for (const r of byCard.get(id) ?? []) {
			f.reviews += 1;
			if (isCorrect(r.grade)) f.correct += 1;
			f.timeMs += r.durationMs;
		}
	}
	if (f.total) f.recall /= f.total;
	return f;
}

/** Whether the figures meet the teacher's target; `study` are the deck and drill cards. */
export function meetsTarget(target: Target, s: Omit<Summary, 'targetMet'>, study: Figures): boolean {
	if (target.everyCardSeen && study.seen < study.total) return false;
	if (target.quizAccuracy > 0 && (s.quizAccuracy ?? 0) * 100 < target.quizAccuracy) return false;
	if (target.recall > 0 && s.recall * 100 < target.recall) return false;
	return s.missionsDone >= s.missionsTotal;
}

const unique = (parts: readonly ResolvedPart[]) => [...new Set(parts.flatMap((p) => p.cardIds))];

/**
 * Figures per part and in total (each card counted once, even when two decks share it). Reviews count
 * from the moment the assignment was issued; "seen" and recall use the card's whole history.
 */
export function assignmentProgress(input: ProgressInput): Progress {
	const byCard = new Map<string, ReviewFact[]>();
	for (const r of input.reviews) {
		if (r.reviewedAt < input.assignment.issuedAt) continue;
		const list = byCard.get(r.cardId);
		if (list) list.push(r);
		else byCard.set(r.cardId, [r]);
	}
	const of = (kinds: PartKind[]) => input.parts.filter((p) => kinds.includes(p.kind));
	const parts = input.parts.map((p) => ({ kind: p.kind, id: p.id, ...figuresOf(p.cardIds, input, byCard) }));
	const quiz = figuresOf(unique(of(['quiz'])), input, byCard);
	const missions = of(['mission']);
	const base = {
		...figuresOf(unique(input.parts), input, byCard),
		quizAccuracy: quiz.reviews ? quiz.correct / quiz.reviews : null,
		missionsDone: missions.filter((p) =>
			p.cardIds.some((id) => (byCard.get(id) ?? []).some((r) => completesMission(r.grade)))
		).length,
		missionsTotal: missions.length
	};
	const study = figuresOf(unique(of(['deck', 'drill'])), input, byCard);
	return { summary: { ...base, targetMet: meetsTarget(input.assignment.target, base, study) }, parts };
}
