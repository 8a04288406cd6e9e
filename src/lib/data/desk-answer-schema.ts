/** What a stored desk answer must look like and mean, for reading the table and for backups. */
import * as v from 'valibot';
import { CEFR_LEVELS } from '$lib/domain/cards/items';
import { HISTORY_DAYS, TICKET_CHANNELS, TICKET_TYPES } from '$lib/domain/crm/catalog';
import { deskAnswerId } from '$lib/domain/desk/answers';
import { MOVES } from '$lib/domain/desk/rules';
import type { DeskAnswerRow } from './db';

const int = (min: number, max: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(max));
const satisfaction = int(1, 5);
const SHOP = /^(-?\d{1,16}):(\d{1,6})$/;

/** A stored answer, checked for shape and for meaning: its id names its own shop, customer and age. */
export const DeskAnswerRowSchema = v.pipe(
	v.strictObject({
		id: v.pipe(v.string(), v.maxLength(60)),
		shop: v.pipe(v.string(), v.regex(SHOP)),
		customer: int(0, 100_000),
		// A ticket is never older than the shop's history plus the days a ticket trails its order.
		age: int(-10, HISTORY_DAYS + 10),
		type: v.picklist(TICKET_TYPES),
		channel: v.picklist(TICKET_CHANNELS),
		before: satisfaction,
		after: satisfaction,
		passed: int(0, 20),
		total: int(1, 20),
		reply: v.pipe(v.string(), v.maxLength(4000)),
		parts: v.optional(
			v.pipe(
				v.array(v.strictObject({ move: v.picklist(MOVES), text: v.pipe(v.string(), v.maxLength(400)) })),
				v.maxLength(MOVES.length)
			)
		),
		level: v.picklist(CEFR_LEVELS),
		answeredAt: v.pipe(v.number(), v.integer(), v.minValue(0))
	}),
	v.check((r) => r.passed <= r.total, 'more rules passed than checked'),
	v.check((r) => {
		const [, seed, customers] = SHOP.exec(r.shop) ?? [];
		const shop = { seed: Number(seed), customers: Number(customers) };
		return r.customer < shop.customers && r.id === deskAnswerId(shop, r.customer, r.age);
	}, 'the id does not name the row’s own shop, customer and ticket')
);

/** The row, if it is one the screens can show; an answer dated after `now` (epoch ms) plus a day is not. */
export function readableDeskAnswer(row: unknown, now: number): DeskAnswerRow | null {
	const parsed = v.safeParse(DeskAnswerRowSchema, row);
	if (!parsed.success || parsed.output.answeredAt > now + 86_400_000) return null;
	return parsed.output;
}
