/** What a study session stores through, what it tells the learner, and what it can undo. */
import type { ClockFault } from '$lib/domain/scheduling/clock';
import type { Grade, SchedulerSettings } from '$lib/domain/scheduling/types';
import type { ReviewRow } from '$lib/data/db';
import type {
	AnswerInput,
	AnswerResult,
	FlagsBefore,
	UndoOutcome,
	SessionStartRows,
	UndoRefusal
} from '$lib/data/review-repository';
import type { SessionCard, TakenSiblings } from './session-queue';

/** The storage a session needs; the app passes the repositories, tests may pass fakes. */
export interface SessionStore {
	/** the deck's stored rows and the answers given in [since, until), read together */
	sessionStart(ids: readonly string[], since: number, until: number): Promise<SessionStartRows>;
	reviewsSince(since: number, until?: number): Promise<ReviewRow[]>;
	recordAnswer(input: AnswerInput, settings: SchedulerSettings): Promise<AnswerResult>;
	undoAnswer(reviewId: number, settings: SchedulerSettings): Promise<UndoOutcome>;
	setSuspended(cardIds: readonly string[], suspended: boolean, now: number): Promise<FlagsBefore>;
	bury(cardIds: readonly string[], until: number, now: number): Promise<FlagsBefore>;
	restoreFlags(before: FlagsBefore): Promise<void>;
}

export type Phase = 'loading' | 'question' | 'answer' | 'done';

/** Something the session tells the learner: an undo it refused, or a clock that looks wrong. */
export type SessionNotice =
	{ code: 'undo-refused'; reason: UndoRefusal } | { code: 'clock'; fault: ClockFault };

/** One step the session can take back. */
export type UndoEntry =
	| {
			kind: 'answer';
			card: SessionCard;
			reviewId: number;
			grade: Grade;
			siblings: TakenSiblings | null;
			buried: FlagsBefore | null;
	  }
	| { kind: 'suspend' | 'bury'; card: SessionCard; before: FlagsBefore };
