/** The schema of the 客服 desk's reply rules (content/desk.yaml) and their compiled shape. */
import * as v from 'valibot';
import { TICKET_TYPES } from '../domain/crm/catalog';
import { MOVES, type DeskRules } from '../domain/desk/rules';
import { slug, text } from './schema';

const markers = v.pipe(v.array(text), v.minLength(1, 'expected at least one marker'));
const move = v.strictObject({ markers, example: text });
const ask = v.pipe(text, v.includes('{order}', 'expected "{order}" in it'));

const frame = v.strictObject({
	id: slug,
	move: v.picklist(MOVES),
	form: v.picklist(['chat', 'email', 'any']),
	types: v.optional(v.array(v.picklist(TICKET_TYPES)), []),
	text: v.pipe(text, v.includes('{}', 'expected a gap "{}" in it')),
	options: v.pipe(v.array(text), v.minLength(2, 'expected at least two options'))
});

export const DeskSourceSchema = v.strictObject({
	moves: v.strictObject(
		Object.fromEntries(MOVES.map((m) => [m, move])) as Record<(typeof MOVES)[number], typeof move>
	),
	required: v.strictObject(
		Object.fromEntries(TICKET_TYPES.map((t) => [t, v.array(v.picklist(MOVES))])) as Record<
			(typeof TICKET_TYPES)[number],
			v.ArraySchema<v.PicklistSchema<typeof MOVES, undefined>, undefined>
		>
	),
	banned: v.array(v.strictObject({ mistake: text, patterns: markers, right: text })),
	asks: v.strictObject(
		Object.fromEntries(TICKET_TYPES.map((t) => [t, ask])) as Record<(typeof TICKET_TYPES)[number], typeof ask>
	),
	frames: v.pipe(v.array(frame), v.minLength(1, 'expected gapped sentences for B1–B2 replies'))
});
export type DeskSource = v.InferOutput<typeof DeskSourceSchema>;
export type { DeskRules };
