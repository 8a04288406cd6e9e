/** The schema of authored model dialogues (content/dialogues/*.yaml) and their compiled shape. */
import * as v from 'valibot';
import { LEVELS, pinyinText, slug, text, type Level } from './schema';
import type { Segment } from './types';

/** The business situations the dialogues cover. */
export const SCENARIOS = [
	'shop-chat',
	'hotline-complaint',
	'refund-return',
	'vip-visit',
	'renewal',
	'churn-meeting',
	'formal-email',
	'wechat-client'
] as const;
/** How a line addresses its listener: 亲 shop chat, polite 您, neutral, casual 你, formal written. */
export const LINE_REGISTERS = ['qin', 'polite', 'neutral', 'casual', 'written'] as const;

export type Scenario = (typeof SCENARIOS)[number];
export type LineRegister = (typeof LINE_REGISTERS)[number];

export const DialogueLineSchema = v.strictObject({
	speaker: slug,
	register: v.picklist(LINE_REGISTERS),
	zh: text,
	en: text,
	pinyin: v.optional(pinyinText)
});

export const DialogueSchema = v.strictObject({
	id: slug,
	level: v.picklist(LEVELS),
	scenario: v.picklist(SCENARIOS),
	title: v.strictObject({ zh: text, en: text }),
	setting: v.strictObject({ zh: text, en: text }),
	speakers: v.pipe(
		v.array(v.strictObject({ id: slug, zh: text, en: text })),
		v.minLength(1, 'expected at least one speaker')
	),
	lines: v.pipe(v.array(DialogueLineSchema), v.minLength(4, 'expected at least 4 lines'))
});
export type DialogueSource = v.InferOutput<typeof DialogueSchema>;

export interface DialogueLine {
	speaker: string;
	register: LineRegister;
	zh: string;
	en: string;
	/** Word-joined pinyin of the whole line (GB/T 16159). */
	reading: string;
	/** The line cut into words, entries linked. */
	segments: Segment[];
}

export interface Dialogue {
	id: string;
	level: Level;
	scenario: Scenario;
	title: { zh: string; en: string; reading: string };
	setting: { zh: string; en: string };
	speakers: { id: string; zh: string; en: string }[];
	lines: DialogueLine[];
	/** Every entry the lines link to, in first-use order. */
	entryIds: string[];
}

/** The list page's slice of a dialogue. */
export type DialogueSummary = Pick<Dialogue, 'id' | 'level' | 'scenario' | 'title'> & { lines: number };
