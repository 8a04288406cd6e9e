/**
 * The documents teachers and learners exchange: an assignment (teacher → learner) and a progress
 * report (learner → teacher). Versioned JSON, validated whole with valibot before anything uses them.
 */
import * as v from 'valibot';
import { CEFR_LEVELS } from '../cards/items';
import { MAX_CUSTOMERS, MIN_CUSTOMERS } from '../crm/generate';
import { MAX_DECK_ROWS } from '../decks/custom-deck';
import { textFault } from './text-safety';
import { distinct, figuresPossible, summaryPossible } from './report-rules';

export const SHARE_FORMAT = 'kehu-chinese';
/** 2 added teachers' own decks and the simulator's shop; version 1 documents are still read */
export const ASSIGNMENT_VERSION = 2;
export const REPORT_VERSION = 1;

/** Ids are plain tokens: nothing a browser could read as markup or a URL. */
const token = (max: number) => v.pipe(v.string(), v.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/), v.maxLength(max));
/** Markup characters are refused outright, so decoded text can never turn into HTML anywhere. */
export const MARKUP = /[<>]|javascript:/i;
// Control characters other than tab and newline have no place in a name or a note.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;
/** Why a field was refused, as a code the message layer words (share.problem.*). */
export const SHARE_PROBLEMS = [
	'control',
	'pinyin-count',
	'custom-deck-unlisted',
	'shape',
	'range',
	'format'
] as const;
export type ShareProblem = (typeof SHARE_PROBLEMS)[number];
export const MARKUP_MESSAGE = 'contains markup';
/** The issue message for text with hidden or reordering characters (see text-safety.ts). */
export const HIDDEN_TEXT_MESSAGE = 'contains hidden or reordering characters';
/** The issue message for figures that cannot be true, such as more cards seen than there are. */
export const IMPOSSIBLE_MESSAGE = 'impossible figures';
/** The issue message for a list that names the same thing twice. */
export const DUPLICATE_MESSAGE = 'repeats an id';
const text = (min: number, max: number, multiline = false) =>
	v.pipe(
		v.string(),
		v.check((s) => !MARKUP.test(s), MARKUP_MESSAGE),
		v.check((s) => !CONTROL.test(s), 'control' satisfies ShareProblem),
		v.check((s) => textFault(s, multiline) === null, HIDDEN_TEXT_MESSAGE),
		v.minLength(min),
		v.maxLength(max)
	);
const ms = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(8.64e15));
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1e9));
const share = v.pipe(v.number(), v.minValue(0), v.maxValue(1));
const percent = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100));
const idList = v.pipe(v.array(token(120)), v.maxLength(500));
/** Unique ids: a repeated one would be counted twice and would break any list keyed by id. */
const refs = v.pipe(
	idList,
	v.check((ids) => new Set(ids).size === ids.length, DUPLICATE_MESSAGE)
);
/** Rows stored before ids had to be unique (or restored from such a backup) keep each id once. */
const storedRefs = v.pipe(
	idList,
	v.transform((ids) => [...new Set(ids)])
);

const HAN = /\p{Script=Han}/gu;
/** A syllable with tone marks, erhua "r" included, or '' for a character with no reading of its own. */
const syllable = v.pipe(v.string(), v.regex(/^[a-zA-ZüÜāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{0,7}$/));

/** One card of a teacher's own deck, as the deck import makes it. */
export const CustomCardSchema = v.pipe(
	v.strictObject({
		hanzi: v.pipe(text(1, 40), v.regex(/\p{Script=Han}/u)),
		english: text(1, 200),
		/** one per Chinese character */
		pinyin: v.pipe(v.array(syllable), v.maxLength(40)),
		level: v.nullable(v.picklist(CEFR_LEVELS)),
		tags: v.pipe(v.array(v.pipe(v.string(), v.regex(/^[\p{L}\p{N}_-]{1,30}$/u))), v.maxLength(10))
	}),
	v.check((c) => c.pinyin.length === (c.hanzi.match(HAN)?.length ?? 0), 'pinyin-count' satisfies ShareProblem)
);

export const CustomDeckSchema = v.strictObject({
	id: token(40),
	title: text(1, 80),
	cards: v.pipe(v.array(CustomCardSchema), v.minLength(1), v.maxLength(MAX_DECK_ROWS))
});

/** The simulator's generated shop: the same seed, size and day give every learner the same data. */
export const ShopSchema = v.strictObject({
	seed: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2 ** 31 - 1)),
	customers: v.pipe(v.number(), v.integer(), v.minValue(MIN_CUSTOMERS), v.maxValue(MAX_CUSTOMERS)),
	/** days since 1970-01-01: the shop's "today" */
	day: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000))
});

export const TargetSchema = v.strictObject({
	/** every card of the decks and drill sets answered at least once */
	everyCardSeen: v.boolean(),
	/** minimum quiz accuracy in percent; 0 asks nothing */
	quizAccuracy: percent,
	/** minimum predicted recall on the due date in percent; 0 asks nothing */
	recall: percent
});

const assignmentEntries = <T extends typeof refs | typeof storedRefs>(ids: T) => ({
	format: v.literal(SHARE_FORMAT),
	kind: v.literal('assignment'),
	version: v.picklist([1, ASSIGNMENT_VERSION]),
	id: token(40),
	title: text(1, 120),
	className: text(0, 80),
	teacher: text(0, 80),
	note: text(0, 500, true),
	/** epoch ms */
	issuedAt: ms,
	/** epoch ms: the end of the due day */
	dueAt: ms,
	decks: ids,
	drills: ids,
	quizzes: ids,
	missions: ids,
	target: TargetSchema,
	/** the teacher's own decks named in `decks`, with every card, so learners need nothing else */
	customDecks: v.optional(v.pipe(v.array(CustomDeckSchema), v.maxLength(10))),
	/** the simulator shop every learner checks the missions against */
	shop: v.optional(ShopSchema)
});

/** Each custom deck is one of the assignment's decks, and appears once. */
function customDecksListed(a: { decks: string[]; customDecks?: { id: string }[] | undefined }): boolean {
	const ids = (a.customDecks ?? []).map((d) => d.id);
	return new Set(ids).size === ids.length && ids.every((id) => a.decks.includes(id));
}

const AssignmentEntries = assignmentEntries(refs);
export const AssignmentSchema = v.pipe(
	v.strictObject(AssignmentEntries),
	v.check((a) => customDecksListed(a), 'custom-deck-unlisted' satisfies ShareProblem)
);
/** What a backup may hold: as above, but repeated ids (from before they were refused) are dropped. */
export const StoredAssignmentSchema = v.pipe(
	v.strictObject(assignmentEntries(storedRefs)),
	v.check((a) => customDecksListed(a), 'custom-deck-unlisted' satisfies ShareProblem)
);

export const PART_KINDS = ['deck', 'drill', 'quiz', 'mission'] as const;
export type PartKind = (typeof PART_KINDS)[number];

/** The figures for one piece of work: a deck, a drill set, a quiz or a mission, or all of them. */
const FiguresEntries = {
	total: count,
	seen: count,
	reviews: count,
	correct: count,
	/** mean predicted recall on the due date over all the cards (unseen count as 0) */
	recall: share,
	/** ms */
	timeMs: count
};

export const PartSchema = v.pipe(
	v.strictObject({ kind: v.picklist(PART_KINDS), id: token(120), ...FiguresEntries }),
	v.check((f) => figuresPossible(f), IMPOSSIBLE_MESSAGE)
);

export const SummarySchema = v.pipe(
	v.strictObject({
		...FiguresEntries,
		/** correct / reviews of the quiz cards; null when no quiz was answered */
		quizAccuracy: v.nullable(share),
		missionsDone: count,
		missionsTotal: count,
		targetMet: v.boolean()
	}),
	v.check((s) => summaryPossible(s), IMPOSSIBLE_MESSAGE)
);

export const ItemFiguresSchema = v.pipe(
	v.strictObject({
		id: token(120),
		reviews: count,
		correct: count,
		lapses: count,
		recall: share,
		leech: v.boolean()
	}),
	v.check((f) => figuresPossible(f), IMPOSSIBLE_MESSAGE)
);

export const MistakeSummarySchema = v.strictObject({
	itemId: token(120),
	kind: token(30),
	count,
	expected: text(0, 200, true),
	given: text(0, 200, true)
});

export const AssignmentRefSchema = v.strictObject({
	id: AssignmentEntries.id,
	title: AssignmentEntries.title,
	className: AssignmentEntries.className,
	teacher: AssignmentEntries.teacher,
	issuedAt: ms,
	dueAt: ms,
	target: TargetSchema
});

export const ReportSchema = v.strictObject({
	format: v.literal(SHARE_FORMAT),
	kind: v.literal('report'),
	version: v.literal(REPORT_VERSION),
	learnerId: token(40),
	learner: text(1, 80),
	/** epoch ms */
	createdAt: ms,
	assignment: AssignmentRefSchema,
	summary: SummarySchema,
	parts: v.pipe(v.array(PartSchema), v.maxLength(2000)),
	items: v.pipe(
		v.array(ItemFiguresSchema),
		v.maxLength(5000),
		v.check((list) => distinct(list, (i) => i.id), DUPLICATE_MESSAGE)
	),
	mistakes: v.pipe(
		v.array(MistakeSummarySchema),
		v.maxLength(50),
		v.check((list) => distinct(list, (m) => `${m.itemId}\u0000${m.kind}`), DUPLICATE_MESSAGE)
	)
});

export type Target = v.InferOutput<typeof TargetSchema>;
export type Assignment = v.InferOutput<typeof AssignmentSchema>;
export type CustomDeckDoc = v.InferOutput<typeof CustomDeckSchema>;
export type Shop = v.InferOutput<typeof ShopSchema>;
export type AssignmentRef = v.InferOutput<typeof AssignmentRefSchema>;
export type Part = v.InferOutput<typeof PartSchema>;
export type Summary = v.InferOutput<typeof SummarySchema>;
export type ItemFigures = v.InferOutput<typeof ItemFiguresSchema>;
export type MistakeSummary = v.InferOutput<typeof MistakeSummarySchema>;
export type Report = v.InferOutput<typeof ReportSchema>;
export type ShareDocument = Assignment | Report;
export type ShareKind = ShareDocument['kind'];

export const SCHEMAS = { assignment: AssignmentSchema, report: ReportSchema } as const;
export const VERSIONS = { assignment: ASSIGNMENT_VERSION, report: REPORT_VERSION } as const;
