/** Shapes of the compiled content that scripts/compile-content.ts writes to ./generated. */
import type { CollocationType, Level, MistakeKind, NoteKind, PartOfSpeech, Register, Tag } from './schema';

/** A run of text in a sentence: a known word (with its entry id) or plain text. */
export interface Segment {
	text: string;
	/** One syllable per character; '' for characters that are not Chinese. */
	pinyin: string[];
	entryId?: string;
}

export interface Example {
	level: Level;
	zh: string;
	en: string;
	note: string;
	segments: Segment[];
}

export interface Collocation {
	id: string;
	entryId: string;
	zh: string;
	/** syllables with tone marks, space-separated */
	pinyin: string;
	/** word-joined pinyin (GB/T 16159) for display: "wéihù kèhù guānxì" */
	reading: string;
	type: CollocationType;
	en: string;
	level: Level;
	partnerId?: string;
	drill?: CollocationDrill;
}

/** The slot a drill asks for in a collocation, with the words content marks right and wrong there. */
export interface CollocationDrill {
	slot: string;
	/** syllables of the slot, with tone marks */
	slotPinyin: string[];
	wrong: string[];
	also: string[];
	note?: string;
	sentence?: { tiles: string[]; en: string };
}

export interface Mistake {
	id: string;
	entryId: string;
	kind: MistakeKind;
	level: Level;
	wrong: Segment[];
	right: Segment[];
	/** word-joined pinyin of the right sentence, for display */
	reading: string;
	explanation: string;
	/** the wrong word in `wrong`, when the author names it */
	error?: string;
	/** what replaces `error` */
	fix?: string[];
}

/** A situation with one right word or phrase (see SituationSchema). */
export interface Situation {
	id: string;
	kind: 'register' | 'word';
	level: Level;
	situation: string;
	answer: string;
	wrong: string[];
	explanation: string;
}

export interface Contrast {
	word: string;
	/** word-joined pinyin for display */
	reading: string;
	entryId?: string;
	explanation: string;
}

/** The measure words a noun takes, the usual one first, with their pinyin. */
export interface Measure {
	words: string[];
	pinyin: string[];
	note?: string;
}

/** One character of a word, explained, with a known word that contains it. */
export interface CharacterPart {
	char: string;
	pinyin: string;
	meaning: string;
	seenIn?: string;
	seenInPinyin?: string;
}

export interface Note {
	kind: NoteKind;
	level: Level;
	title: string;
	text: string;
}

export interface Entry {
	id: string;
	hanzi: string;
	/** Syllables with tone marks, e.g. ["kè", "hù"]. */
	pinyin: string[];
	/** Word-joined pinyin (GB/T 16159) for display, e.g. "kèhù guānxì". */
	reading: string;
	pos: PartOfSpeech;
	level: Level;
	hsk?: number;
	gloss: string;
	register: Register;
	registerNote?: string;
	tags: Tag[];
	forms: string[];
	related: string[];
	guidance: Partial<Record<Level, string>>;
	measure?: Measure;
	characters: CharacterPart[];
	notes: Note[];
	examples: Example[];
	collocations: Collocation[];
	mistakes: Mistake[];
	contrasts: Contrast[];
	situations: Situation[];
}

/** The slim record the word list and search need, without examples. */
export interface EntrySummary {
	id: string;
	hanzi: string;
	pinyin: string[];
	/** word-joined pinyin for display */
	reading: string;
	pos: PartOfSpeech;
	level: Level;
	hsk?: number;
	gloss: string;
	tags: Tag[];
	forms: string[];
}

/** Pinyin and gloss of every entry, for tap-to-look-up inside sentences. */
export type Glossary = Record<string, { hanzi: string; pinyin: string[]; reading: string; gloss: string }>;

/** Something learnable — a word, a collocation or a mistake pair — as the study screens need it. */
export interface StudyItem {
	id: string;
	kind: 'word' | 'collocation' | 'mistake';
	/** The entry the item belongs to, for links to its word page. */
	entryId: string;
	/** The word, the collocation, or the correct sentence. */
	hanzi: string;
	pinyin: string[];
	/** word-joined pinyin of the word, collocation or sentence, for display (custom cards have none) */
	reading?: string;
	/** English meaning; for a mistake pair, why the wrong sentence is wrong. */
	gloss: string;
	level: Level;
	examples: { level: Level; zh: string; en: string }[];
	/** For a mistake pair: the sentence learners get wrong. */
	wrong?: string;
}

/** A built-in deck. Its title is worded by the interface from its kind, headword or level. */
export type DeckInfo = { id: string; itemIds: string[] } & (
	| { kind: 'headword'; hanzi: string; gloss: string }
	| { kind: 'level'; level: Level }
	| { kind: 'crm' | 'simulator' | 'templates' }
);
