/** The backup file: a versioned JSON document, validated whole before anything is restored. */
import * as v from 'valibot';
import { CEFR_LEVELS } from '$lib/domain/cards/items';
import { AssignmentSchema, ReportSchema } from '$lib/domain/sharing/documents';
import type { AssignmentRow, CardRow, CustomDeckRow, IssuedRow, MetaRow, ReportRow, ReviewRow } from './db';

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

const rowId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9._-]{1,120}$/));
const shortText = (max: number) => v.pipe(v.string(), v.maxLength(max));

const AssignmentRowSchema = v.strictObject({ id: rowId, acceptedAt: ms, doc: AssignmentSchema });
const IssuedRowSchema = v.strictObject({ id: rowId, issuedAt: ms, doc: AssignmentSchema });

const ReportRowSchema = v.strictObject({
	id: rowId,
	assignmentId: rowId,
	learnerId: rowId,
	importedAt: ms,
	doc: ReportSchema
});

const CustomDeckRowSchema = v.strictObject({
	id: rowId,
	title: shortText(80),
	createdAt: ms,
	cards: v.array(
		v.strictObject({
			hanzi: shortText(40),
			english: shortText(200),
			pinyin: v.array(shortText(10)),
			level: v.nullable(v.picklist(CEFR_LEVELS)),
			tags: v.array(shortText(30))
		})
	)
});

const BackupSchema = v.strictObject({
	format: v.literal(BACKUP_FORMAT),
	version: v.literal(BACKUP_VERSION),
	exportedAt: ms,
	cards: v.array(CardSchema),
	reviews: v.array(ReviewSchema),
	meta: v.array(MetaSchema),
	// Class work and custom decks arrived later: older backups restore without them.
	assignments: v.optional(v.array(AssignmentRowSchema)),
	reports: v.optional(v.array(ReportRowSchema)),
	customDecks: v.optional(v.array(CustomDeckRowSchema)),
	issued: v.optional(v.array(IssuedRowSchema))
});

export interface Backup {
	format: typeof BACKUP_FORMAT;
	version: typeof BACKUP_VERSION;
	/** epoch ms */
	exportedAt: number;
	cards: CardRow[];
	reviews: ReviewRow[];
	meta: MetaRow[];
	assignments?: AssignmentRow[];
	reports?: ReportRow[];
	customDecks?: CustomDeckRow[];
	issued?: IssuedRow[];
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
