/** A card's answer history and forgetting curve, as the card info view shows them. */
import { grader, retrievability } from './scheduler';
import { newMemoryState } from './new-card';
import type { CardState, Grade, MemoryState, SchedulerSettings } from './types';

const DAY = 86_400_000;

/** One answer as the log holds it. */
export interface HistoryAnswer {
	grade: Grade;
	/** epoch ms */
	reviewedAt: number;
	stateBefore: CardState;
	/** days */
	scheduledDays: number;
	durationMs: number;
}

/** One answer with the memory it left behind, newest last. */
export interface HistoryStep extends HistoryAnswer {
	/** days until recall falls to 90 % after this answer */
	stability: number;
	/** 1–10 */
	difficulty: number;
}

/**
 * Replays a card's answers in time order and pairs each with the stability and difficulty it left;
 * answers before `forgottenAt` (epoch ms) were reset by the learner and restart the memory.
 */
export function cardHistory(
	answers: readonly HistoryAnswer[],
	settings: SchedulerSettings,
	forgottenAt?: number
): HistoryStep[] {
	const grade = grader(settings);
	const sorted = [...answers].sort((a, b) => a.reviewedAt - b.reviewedAt);
	let memory: MemoryState | null = null;
	let reset = forgottenAt === undefined;
	return sorted.map((answer) => {
		if (!reset && answer.reviewedAt >= forgottenAt!) {
			memory = null;
			reset = true;
		}
		memory = grade(memory ?? newMemoryState(answer.reviewedAt), answer.grade, answer.reviewedAt);
		return { ...answer, stability: memory.stability, difficulty: memory.difficulty };
	});
}

/** One point of a forgetting curve. */
export interface CurvePoint {
	/** days since the last answer */
	day: number;
	/** probability of recall, 0–1 */
	recall: number;
}

export interface ForgettingCurve {
	points: CurvePoint[];
	/** days since the last answer at `now` */
	today: number;
	/** days from the last answer to the due date */
	dueDay: number;
}

/**
 * The card's predicted recall from its last answer to past its due date, in `samples` points; null
 * for a card never answered. `now` is epoch ms.
 */
export function forgettingCurve(memory: MemoryState, now: number, samples = 31): ForgettingCurve | null {
	if (memory.state === 0 || memory.last_review === undefined || memory.stability <= 0) return null;
	const last = memory.last_review;
	const today = Math.max(0, (now - last) / DAY);
	const dueDay = Math.max(0, (memory.due - last) / DAY);
	// Long enough to show the due date, today and the fall below it, and never shorter than a day.
	const span = Math.max(1, dueDay * 1.5, today * 1.2);
	const points = Array.from({ length: samples }, (_, i) => {
		const day = (span * i) / (samples - 1);
		return { day, recall: retrievability(memory, last + day * DAY) };
	});
	return { points, today, dueDay };
}
