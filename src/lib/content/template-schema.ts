/** The schema of the service message templates (content/templates.yaml) and their compiled shape. */
import * as v from 'valibot';
import { LINE_REGISTERS, type LineRegister } from './dialogue-schema';
import { LEVELS, slug, text, type Level } from './schema';
import type { Segment } from './types';

/** What a phrase does in a reply. */
export const TEMPLATE_FUNCTIONS = [
	'greeting',
	'apology',
	'delay',
	'compensation',
	'closing',
	'follow-up'
] as const;
/** Where a phrase fits: a chat window, a phone call, an email, or anywhere. */
export const TEMPLATE_CHANNELS = ['chat', 'phone', 'email', 'any'] as const;

export type TemplateFunction = (typeof TEMPLATE_FUNCTIONS)[number];
export type TemplateChannel = (typeof TEMPLATE_CHANNELS)[number];

export const TemplateSchema = v.strictObject({
	id: slug,
	function: v.picklist(TEMPLATE_FUNCTIONS),
	register: v.picklist(LINE_REGISTERS),
	channel: v.picklist(TEMPLATE_CHANNELS),
	level: v.picklist(LEVELS),
	zh: text,
	en: text
});
export const TemplatesFileSchema = v.pipe(v.array(TemplateSchema), v.minLength(1, 'expected templates'));

export interface MessageTemplate {
	id: string;
	function: TemplateFunction;
	register: LineRegister;
	channel: TemplateChannel;
	level: Level;
	zh: string;
	en: string;
	/** Syllables of the phrase, '' for punctuation. */
	pinyin: string[];
	/** Word-joined pinyin (GB/T 16159). */
	reading: string;
	segments: Segment[];
}
