/**
 * The one schema for authored content. The build-time compiler validates every YAML file with it,
 * and runtime imports (custom decks, shared links) reuse the same enums.
 */
import * as v from 'valibot';
import { CEFR_LEVELS, type CefrLevel } from '../domain/cards/items';
import { MISTAKE_KINDS, type MistakeKind } from '../domain/practice/sources';

/** The CEFR levels, defined once in the domain. */
export const LEVELS = CEFR_LEVELS;
export const PARTS_OF_SPEECH = [
	'noun',
	'verb',
	'adjective',
	'adverb',
	'phrase',
	'abbreviation',
	'measure-word',
	'idiom'
] as const;
export const REGISTERS = ['formal', 'neutral', 'informal'] as const;
export const TAGS = [
	'headword',
	'crm-term',
	'metric',
	'rfm-segment',
	'collocate-verb',
	'adjective',
	'near-synonym',
	'service',
	'role'
] as const;
export { MISTAKE_KINDS } from '../domain/practice/sources';
export const COLLOCATION_TYPES = [
	'verb-object',
	'modifier',
	'compound',
	'measure',
	'pattern',
	'noun-noun'
] as const;

export type Level = CefrLevel;
export type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number];
export type Register = (typeof REGISTERS)[number];
export type Tag = (typeof TAGS)[number];
export type { MistakeKind };
export type CollocationType = (typeof COLLOCATION_TYPES)[number];

/** Trimmed text that is not empty; every content schema's sentences and labels. */
export const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'expected a non-empty string'));
/** A kebab-case id, as content files write them. */
export const slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id'));
const entryId = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id such as "kehu-guanxi"')
);
const childId = v.pipe(
	v.string(),
	v.regex(
		/^[a-z0-9-]+\.(?:colloc|mistake|situation)\.[a-z0-9]+(?:-[a-z0-9]+)*$/,
		'expected an id such as "weihu.colloc.kehu-guanxi"'
	)
);
const level = v.picklist(LEVELS);
/** Space-separated pinyin syllables with tone marks, e.g. "kè hù". */
export const pinyinText = v.pipe(
	v.string(),
	v.trim(),
	v.regex(
		/^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]+(?: [a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]+)*$/i,
		'expected pinyin syllables with tone marks separated by spaces'
	)
);

export const ExampleSchema = v.strictObject({
	level,
	zh: text,
	en: text,
	note: text,
	pinyin: v.optional(pinyinText)
});

/** What a drill asks for in a collocation, and which other words are right or wrong there. */
export const DrillSchema = v.strictObject({
	slot: text,
	wrong: v.pipe(v.array(text), v.minLength(2, 'expected at least 2 wrong words')),
	also: v.optional(v.array(text), []),
	note: v.optional(text),
	sentence: v.optional(v.strictObject({ tiles: text, en: text }))
});

export const CollocationSchema = v.strictObject({
	id: childId,
	zh: text,
	type: v.picklist(COLLOCATION_TYPES),
	en: text,
	level,
	entry: v.optional(entryId),
	drill: v.optional(DrillSchema)
});

export const SITUATION_KINDS = ['register', 'word'] as const;

export const SituationSchema = v.strictObject({
	id: childId,
	kind: v.picklist(SITUATION_KINDS),
	level,
	situation: text,
	answer: text,
	wrong: v.pipe(v.array(text), v.minLength(2, 'expected at least 2 wrong choices')),
	explanation: text
});

export const MistakeSchema = v.strictObject({
	id: childId,
	kind: v.picklist(MISTAKE_KINDS),
	level,
	wrong: text,
	right: text,
	explanation: text,
	error: v.optional(text),
	/** replacements for `error`; "" deletes it */
	fix: v.optional(v.array(v.pipe(v.string(), v.trim())))
});

const hanChar = v.pipe(v.string(), v.regex(/^\p{Script=Han}$/u, 'expected one Chinese character'));

/** The measure words a noun takes, the usual one first; every one listed counts as right in drills. */
export const MeasureSchema = v.strictObject({
	words: v.pipe(v.array(hanChar), v.minLength(1, 'expected at least 1 measure word')),
	note: v.optional(text)
});

/** One character of the headword, with a word the learner already knows that contains it. */
export const CharacterSchema = v.strictObject({
	char: hanChar,
	meaning: text,
	seenIn: v.optional(v.pipe(v.string(), v.regex(/^\p{Script=Han}+$/u, 'expected a Chinese word')))
});

export const NOTE_KINDS = ['culture', 'concept', 'history', 'usage'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** A short note placed on a word page: culture, a CRM concept or figure, history, or usage. */
export const NoteSchema = v.strictObject({
	kind: v.picklist(NOTE_KINDS),
	level,
	title: text,
	text
});

export const ContrastSchema = v.strictObject({
	word: text,
	entry: v.optional(entryId),
	explanation: text
});

export const EntrySchema = v.strictObject({
	id: entryId,
	hanzi: text,
	pinyin: v.optional(pinyinText),
	pos: v.picklist(PARTS_OF_SPEECH),
	level,
	hsk: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(9))),
	gloss: text,
	register: v.picklist(REGISTERS),
	registerNote: v.optional(text),
	tags: v.optional(v.array(v.picklist(TAGS)), []),
	forms: v.optional(v.array(text), []),
	related: v.optional(v.array(entryId), []),
	guidance: v.optional(
		v.strictObject({
			A1: v.optional(text),
			A2: v.optional(text),
			B1: v.optional(text),
			B2: v.optional(text),
			C1: v.optional(text),
			C2: v.optional(text)
		}),
		{}
	),
	measure: v.optional(MeasureSchema),
	characters: v.optional(v.array(CharacterSchema), []),
	notes: v.optional(v.array(NoteSchema), []),
	examples: v.pipe(v.array(ExampleSchema), v.minLength(2, 'expected at least 2 examples')),
	collocations: v.optional(v.array(CollocationSchema), []),
	mistakes: v.optional(v.array(MistakeSchema), []),
	contrasts: v.optional(v.array(ContrastSchema), []),
	situations: v.optional(v.array(SituationSchema), [])
});

/** Phrase → reading, for polyphones pinyin-pro reads wrongly in context. */
export const PinyinOverridesSchema = v.record(
	v.pipe(v.string(), v.regex(/^\p{Script=Han}+$/u, 'expected a phrase of Chinese characters')),
	pinyinText
);

/** Reviewed readings that differ from CC-CEDICT in context, each with its reason (content/readings.yaml). */
export const ContextReadingsSchema = v.array(
	v.strictObject({
		word: v.pipe(v.string(), v.regex(/^\p{Script=Han}+$/u, 'expected a word of Chinese characters')),
		reading: pinyinText,
		reason: text
	})
);

export type EntrySource = v.InferOutput<typeof EntrySchema>;
