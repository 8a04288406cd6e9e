/** The backup file: a versioned JSON document, validated whole before anything is restored. */
import * as v from 'valibot';
import type { CardRow, MetaRow, MissionRow, ReviewRow, StudyTermRow } from './db';

export const BACKUP_FORMAT = 'kehu-chinese-backup';
export const BACKUP_VERSION = 1;

/** Why a file cannot be restored, in words a learner can act on. */
export class BackupError extends Error {
	override readonly name = 'BackupError';
}

const ms = v.pipe(v.number(), v.integer(), v.minValue(0));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const real = v.pipe(v.number(), v.finite());
const cardState = v.picklist([0, 1, 2, 3] as const);
const cardId = v.pipe(v.string(), v.regex(/^[^:]{1,200}:[a-z-]{1,40}$/));

const CardSchema = v.strictObject({
	id: cardId,
	itemId: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
	template: v.pipe(v.string(), v.minLength(1), v.maxLength(40)),
	due: ms,
	stability: real,
	difficulty: real,
	elapsed_days: real,
	scheduled_days: real,
	learning_steps: count,
	reps: count,
	lapses: count,
	state: cardState,
	last_review: v.optional(ms),
	suspended: v.picklist([0, 1] as const),
	buriedUntil: ms
});

const ReviewSchema = v.strictObject({
	id: v.pipe(v.number(), v.integer(), v.minValue(1)),
	cardId,
	grade: v.picklist([1, 2, 3, 4] as const),
	reviewedAt: ms,
	source: v.picklist(['review', 'drill', 'quiz', 'simulator'] as const),
	durationMs: count,
	stateBefore: cardState,
	scheduledDays: real
});

const MetaSchema = v.strictObject({ key: v.pipe(v.string(), v.maxLength(100)), value: v.unknown() });

const shortText = v.pipe(v.string(), v.maxLength(500));
const MissionSchema = v.strictObject({
	missionId: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
	attempts: count,
	solvedAt: ms,
	lastAttemptAt: ms,
	lastGiven: shortText,
	seed: v.pipe(v.number(), v.integer())
});

const StudyTermSchema = v.strictObject({
	entryId: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
	addedAt: ms,
	from: v.pipe(v.string(), v.maxLength(100))
});

const BackupSchema = v.strictObject({
	format: v.literal(BACKUP_FORMAT),
	version: v.literal(BACKUP_VERSION),
	exportedAt: ms,
	cards: v.array(CardSchema),
	reviews: v.array(ReviewSchema),
	meta: v.array(MetaSchema),
	// Simulator progress; optional so backups from before the simulator still restore.
	missions: v.optional(v.array(MissionSchema), []),
	studyTerms: v.optional(v.array(StudyTermSchema), [])
});

export interface Backup {
	format: typeof BACKUP_FORMAT;
	version: typeof BACKUP_VERSION;
	/** epoch ms */
	exportedAt: number;
	cards: CardRow[];
	reviews: ReviewRow[];
	meta: MetaRow[];
	missions: MissionRow[];
	studyTerms: StudyTermRow[];
}

/** Parses and validates a backup file's text, or throws a BackupError saying what is wrong. */
export function parseBackup(text: string): Backup {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		throw new BackupError(
			'This file is not a backup: it is not valid JSON, or it was cut short while copying.'
		);
	}
	if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== BACKUP_FORMAT) {
		throw new BackupError('This file is not a Kehu Chinese backup.');
	}
	const version = (data as { version?: unknown }).version;
	if (typeof version === 'number' && version > BACKUP_VERSION) {
		throw new BackupError(
			'This backup was made by a newer version of the app. Update the app, then restore it.'
		);
	}
	const result = v.safeParse(BackupSchema, data);
	if (!result.success) {
		const issue = result.issues[0];
		const where = issue ? v.getDotPath(issue) : null;
		throw new BackupError(
			`This backup is damaged${where ? ` at ${where}` : ''}: ${issue?.message ?? 'unknown problem'}.`
		);
	}
	const backup = result.output as Backup;
	const ids = new Set<number>();
	for (const r of backup.reviews) {
		if (ids.has(r.id ?? 0)) throw new BackupError(`This backup is damaged: review ${r.id} appears twice.`);
		ids.add(r.id ?? 0);
	}
	return backup;
}
