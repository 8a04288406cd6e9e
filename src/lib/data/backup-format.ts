/** The backup file: a versioned JSON document, validated whole before anything is restored. */
import * as v from 'valibot';
import { MISTAKE_KINDS } from '$lib/content/schema';
import { CEFR_LEVELS } from '$lib/domain/cards/items';
import { ReportSchema, StoredAssignmentSchema } from '$lib/domain/sharing/documents';
import {
	ANSWER_SOURCES,
	type AssignmentRow,
	type CardRow,
	type CustomDeckRow,
	type DeskAnswerRow,
	type IssuedRow,
	type MetaRow,
	type MissionRow,
	type MistakeRow,
	type ReportRow,
	type StudyTermRow
} from './db';
import {
	BackupMeaningError,
	checkBackupMeaning,
	checkCustomDecks,
	checkKeysUsedOnce
} from './backup-meaning';
import { DeskAnswerRowSchema } from './desk-answer-schema';
import { plainArray } from './plain-array';
import { emptyLog, logFromRows, type ReviewLog } from './review-log';

export const BACKUP_FORMAT = 'kehu-chinese-backup';
/** 2: the review log as columns, and the mistake notebook. 1: reviews as one object each. */
export const BACKUP_VERSION = 2;

/** Why a file cannot be restored, as a code the interface words; `where` names a damaged value's path. */
export type BackupProblem =
	| { code: 'not-json' }
	| { code: 'not-backup' }
	| { code: 'newer' }
	| { code: 'gone' }
	| { code: 'too-big' }
	| { code: 'damaged'; where?: string };

/** Why a file cannot be restored; the message is for logs, `problem` for the learner. */
export class BackupError extends Error {
	override readonly name = 'BackupError';
	/** `detail` is a fact for the log (a path, an id); the interface words `problem` in its own language. */
	constructor(
		readonly problem: BackupProblem,
		detail = ''
	) {
		const where = problem.code === 'damaged' && problem.where ? ` at ${problem.where}` : '';
		super(`backup ${problem.code}${where}${detail ? `: ${detail}` : ''}`);
	}
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
	buriedUntil: ms,
	forgottenAt: v.optional(ms),
	position: v.optional(real)
});

const ReviewSchema = v.strictObject({
	id: v.pipe(v.number(), v.integer(), v.minValue(1)),
	cardId,
	grade: v.picklist([1, 2, 3, 4] as const),
	reviewedAt: ms,
	source: v.picklist(ANSWER_SOURCES),
	durationMs: count,
	stateBefore: cardState,
	scheduledDays: real
});

const MetaSchema = v.strictObject({ key: v.pipe(v.string(), v.maxLength(100)), value: v.unknown() });

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const MistakeSchema = v.strictObject({
	id: v.pipe(v.number(), v.integer(), v.minValue(1)),
	itemId: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
	cardId,
	reviewId: v.pipe(v.number(), v.integer(), v.minValue(1)),
	kind: v.picklist(MISTAKE_KINDS),
	source: v.picklist(ANSWER_SOURCES),
	expected: text(2000),
	given: text(2000),
	note: v.optional(text(2000)),
	at: ms
});

const rowId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9._-]{1,120}$/));
const AssignmentRowSchema = v.strictObject({ id: rowId, acceptedAt: ms, doc: StoredAssignmentSchema });
const IssuedRowSchema = v.strictObject({ id: rowId, issuedAt: ms, doc: StoredAssignmentSchema });
const ReportRowSchema = v.strictObject({
	id: rowId,
	assignmentId: rowId,
	learnerId: rowId,
	importedAt: ms,
	doc: ReportSchema
});
const CustomDeckRowSchema = v.strictObject({
	id: rowId,
	title: text(80),
	createdAt: ms,
	cards: v.array(
		v.strictObject({
			hanzi: text(40),
			english: text(200),
			pinyin: v.array(text(10)),
			level: v.nullable(v.picklist(CEFR_LEVELS)),
			tags: v.array(text(30))
		})
	)
});

const MissionSchema = v.strictObject({
	missionId: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
	attempts: count,
	solvedAt: ms,
	lastAttemptAt: ms,
	lastGiven: text(500),
	seed: v.pipe(v.number(), v.integer())
});
const StudyTermSchema = v.strictObject({
	entryId: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
	addedAt: ms,
	from: text(100)
});

/**
 * Tables that features keep beside the study progress. Each is optional in a file: a backup made
 * before a feature existed restores without touching that feature's table.
 */
const FEATURE_TABLE_SCHEMAS = {
	missions: v.array(MissionSchema),
	studyTerms: v.array(StudyTermSchema),
	assignments: v.array(AssignmentRowSchema),
	reports: v.array(ReportRowSchema),
	customDecks: v.array(CustomDeckRowSchema),
	issued: v.array(IssuedRowSchema),
	deskAnswers: v.array(DeskAnswerRowSchema)
};
export const FEATURE_TABLES = Object.keys(FEATURE_TABLE_SCHEMAS) as (keyof FeatureTables)[];

/** The rows of each feature table, as the database holds them. */
export interface FeatureTables {
	missions: MissionRow[];
	studyTerms: StudyTermRow[];
	assignments: AssignmentRow[];
	reports: ReportRow[];
	customDecks: CustomDeckRow[];
	issued: IssuedRow[];
	deskAnswers: DeskAnswerRow[];
}

// A column holds up to millions of numbers: one tight loop checks it where a schema per element takes seconds.
const numbers = v.custom<number[]>(
	(x) => Array.isArray(x) && x.every((n) => typeof n === 'number'),
	'expected a list of numbers'
);
/** The review log as columns: answer i is card cardIds[card[i]], and so on down each array. */
const ReviewColumnsSchema = v.strictObject({
	sources: v.array(v.picklist(ANSWER_SOURCES)),
	cardIds: v.array(cardId),
	card: numbers,
	id: numbers,
	grade: numbers,
	reviewedAt: numbers,
	source: numbers,
	durationMs: numbers,
	stateBefore: numbers,
	scheduledDays: numbers
});
type ReviewColumnsFile = v.InferOutput<typeof ReviewColumnsSchema>;

const V1Schema = v.strictObject({
	format: v.literal(BACKUP_FORMAT),
	version: v.literal(1),
	exportedAt: ms,
	cards: v.array(CardSchema),
	reviews: v.array(ReviewSchema),
	meta: v.array(MetaSchema)
});

const V2Schema = v.strictObject({
	format: v.literal(BACKUP_FORMAT),
	version: v.literal(2),
	exportedAt: ms,
	cards: v.array(CardSchema),
	reviews: ReviewColumnsSchema,
	meta: v.array(MetaSchema),
	mistakes: v.array(MistakeSchema),
	...Object.fromEntries(
		Object.entries(FEATURE_TABLE_SCHEMAS).map(([name, schema]) => [name, v.optional(schema)])
	)
});

/** The backup file as written today. */
export interface Backup extends Partial<FeatureTables> {
	format: typeof BACKUP_FORMAT;
	version: typeof BACKUP_VERSION;
	/** epoch ms */
	exportedAt: number;
	cards: CardRow[];
	reviews: ReviewColumnsFile;
	meta: MetaRow[];
	mistakes: MistakeRow[];
}

/** A validated backup, of any version, in the shape the database takes. */
export interface RestorePlan {
	/** epoch ms */
	exportedAt: number;
	cards: CardRow[];
	log: ReviewLog;
	meta: MetaRow[];
	mistakes: MistakeRow[];
	/** only the feature tables the file carries */
	features: Partial<FeatureTables>;
}

/** The backup document for what is stored. */
export function backupDocument(
	exportedAt: number,
	cards: CardRow[],
	log: ReviewLog,
	meta: MetaRow[],
	mistakes: MistakeRow[],
	features: FeatureTables
): Backup {
	return {
		format: BACKUP_FORMAT,
		version: BACKUP_VERSION,
		exportedAt,
		cards,
		reviews: {
			sources: [...ANSWER_SOURCES],
			cardIds: [...log.cardIds],
			card: plainArray(log.card),
			id: plainArray(log.id),
			grade: plainArray(log.grade),
			reviewedAt: plainArray(log.reviewedAt),
			source: plainArray(log.source),
			durationMs: plainArray(log.durationMs),
			stateBefore: plainArray(log.stateBefore),
			scheduledDays: plainArray(log.scheduledDays)
		},
		meta,
		mistakes,
		...features
	};
}

function damaged(where: string, problem: string): BackupError {
	return new BackupError({ code: 'damaged', where }, problem);
}

/** Checks the columns value by value (a schema per value would be slow at a million answers). */
function columnsToLog(file: ReviewColumnsFile): ReviewLog {
	const size = file.card.length;
	const columns = [
		'id',
		'grade',
		'reviewedAt',
		'source',
		'durationMs',
		'stateBefore',
		'scheduledDays'
	] as const;
	for (const name of columns) {
		if (file[name].length !== size)
			throw damaged(`reviews.${name}`, `expected ${size} values, found ${file[name].length}`);
	}
	const sourceMap = file.sources.map((s) => ANSWER_SOURCES.indexOf(s));
	const log = emptyLog(size, [...file.cardIds]);
	// Ids exported in order only need to rise; a file out of order falls back to a set of those seen.
	let seen: Set<number> | null = null;
	let previous = 0;
	const check = (ok: boolean, name: string, i: number, expected: string) => {
		if (!ok) throw damaged(`reviews.${name}.${i}`, `expected ${expected}`);
	};
	const whole = (x: number | undefined, min: number, max: number) =>
		x !== undefined && Number.isInteger(x) && x >= min && x <= max;
	for (let i = 0; i < size; i++) {
		const id = file.id[i];
		if (seen === null && id !== undefined && id <= previous) seen = new Set(file.id.slice(0, i));
		check(
			whole(id, 1, Number.MAX_SAFE_INTEGER) && !seen?.has(id!),
			'id',
			i,
			'a positive whole number used once'
		);
		seen?.add(id!);
		previous = id!;
		check(whole(file.card[i], 0, file.cardIds.length - 1), 'card', i, 'an index into cardIds');
		check(whole(file.grade[i], 1, 4), 'grade', i, 'a grade from 1 to 4');
		check(whole(file.reviewedAt[i], 0, Number.MAX_SAFE_INTEGER), 'reviewedAt', i, 'a time in ms');
		check(whole(file.source[i], 0, sourceMap.length - 1), 'source', i, 'an index into sources');
		check(whole(file.durationMs[i], 0, Number.MAX_SAFE_INTEGER), 'durationMs', i, 'a duration in ms');
		check(whole(file.stateBefore[i], 0, 3), 'stateBefore', i, 'a card state from 0 to 3');
		check(Number.isFinite(file.scheduledDays[i]), 'scheduledDays', i, 'a number of days');
		log.id[i] = id!;
		log.card[i] = file.card[i]!;
		log.grade[i] = file.grade[i]!;
		log.reviewedAt[i] = file.reviewedAt[i]!;
		log.source[i] = sourceMap[file.source[i]!]!;
		log.durationMs[i] = file.durationMs[i]!;
		log.stateBefore[i] = file.stateBefore[i]!;
		log.scheduledDays[i] = file.scheduledDays[i]!;
	}
	return log;
}

function validated<T>(schema: v.GenericSchema<unknown, T>, data: unknown): T {
	const result = v.safeParse(schema, data);
	if (result.success) return result.output;
	const issue = result.issues[0];
	const where = issue ? v.getDotPath(issue) : null;
	throw new BackupError({ code: 'damaged', ...(where && { where }) }, issue?.message ?? '');
}

/**
 * Parses and validates a backup file's text, judging dates against `now` (epoch ms), or throws a
 * BackupError saying what is wrong and where.
 */
export function parseBackup(text: string, now: number): RestorePlan {
	const plan = parseShape(text);
	try {
		const { cards, meta, mistakes, features } = plan;
		checkKeysUsedOnce({ cards, meta, mistakes, ...features });
		checkBackupMeaning(plan.exportedAt, cards, plan.log, now);
		checkCustomDecks(features.customDecks ?? []);
	} catch (error) {
		if (error instanceof BackupMeaningError)
			throw new BackupError({ code: 'damaged', where: error.path }, error.message);
		throw error;
	}
	return plan;
}

function parseShape(text: string): RestorePlan {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		throw new BackupError({ code: 'not-json' });
	}
	if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== BACKUP_FORMAT) {
		throw new BackupError({ code: 'not-backup' });
	}
	const version = (data as { version?: unknown }).version;
	if (typeof version === 'number' && version > BACKUP_VERSION) {
		throw new BackupError({ code: 'newer' }, `version ${version}`);
	}
	if (version === 1) {
		const backup = validated(V1Schema, data);
		const ids = new Set<number>();
		for (const r of backup.reviews) {
			if (ids.has(r.id))
				throw new BackupError({ code: 'damaged', where: 'reviews' }, `review id ${r.id} repeated`);
			ids.add(r.id);
		}
		return {
			exportedAt: backup.exportedAt,
			cards: backup.cards,
			log: logFromRows(backup.reviews),
			meta: backup.meta,
			mistakes: [],
			features: {}
		};
	}
	const backup = validated(V2Schema, data);
	const log = columnsToLog(backup.reviews);
	// Only a file with mistakes needs every review id at hand.
	const reviewIds = new Set(backup.mistakes.length > 0 ? log.id : []);
	for (const m of backup.mistakes) {
		if (!reviewIds.has(m.reviewId))
			throw new BackupError({ code: 'damaged', where: 'mistakes' }, `mistake id ${m.id} without its review`);
	}
	const features: Partial<FeatureTables> = {};
	for (const name of FEATURE_TABLES) {
		const rows = (backup as Partial<FeatureTables>)[name];
		if (rows) (features as Record<string, unknown>)[name] = rows;
	}
	return {
		exportedAt: backup.exportedAt,
		cards: backup.cards,
		log,
		meta: backup.meta,
		mistakes: backup.mistakes,
		features
	};
}
