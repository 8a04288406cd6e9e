/** Custom study, as in Anki: a one-off session beyond today's queue that changes nothing but the answers given. */
import { isAvailable, type QueueCard } from './daily-queue';
import { endOfStudyDay } from './study-day';

const DAY = 86_400_000;

/** The kinds of custom session a deck offers. */
export const CUSTOM_KINDS = ['new', 'review', 'ahead', 'forgotten', 'level', 'template'] as const;
export type CustomKind = (typeof CUSTOM_KINDS)[number];

export interface CustomStudy {
	kind: CustomKind;
	/** extra cards for "new" and "review"; days for "ahead" and "forgotten" */
	count: number;
	/** for "level" */
	level?: string;
	/** for "template" */
	template?: string;
}

/** What custom study needs to know besides each card's memory. */
export interface CustomContext {
	/** epoch ms */
	now: number;
	dayRolloverHour: number;
	/** new cards and reviews today's normal queue would show */
	normalNew: number;
	normalReviews: number;
	/** cards answered Again within the chosen days */
	forgotten: ReadonlySet<string>;
	levelOf: (cardId: string) => string | undefined;
	templateOf: (cardId: string) => string | undefined;
	itemOf: (cardId: string) => string | undefined;
	/** when answering a card buries its siblings, a session takes one card per item */
	burySiblings: boolean;
	utcOffsetMinutes?: number;
}

/** Most cards a "level" or "template" session takes. */
export const CUSTOM_SESSION_MAX = 100;

const byDue = (a: QueueCard, b: QueueCard) => a.memory.due - b.memory.due;

/** The first card of each item, in order; cards whose item is unknown stay. */
function oneCardPerItem(
	cards: readonly QueueCard[],
	itemOf: (cardId: string) => string | undefined
): QueueCard[] {
	const seen = new Set<string>();
	return cards.filter((c) => {
		const item = itemOf(c.id);
		if (item === undefined) return true;
		if (seen.has(item)) return false;
		seen.add(item);
		return true;
	});
}

/** The card ids of a custom session over `cards` (in course order), in the order to show them. */
export function customStudyCards(
	cards: readonly QueueCard[],
	study: CustomStudy,
	ctx: CustomContext
): string[] {
	// A sibling picked here would be buried by the first answer and leave the session short.
	const spread = (list: readonly QueueCard[]) => (ctx.burySiblings ? oneCardPerItem(list, ctx.itemOf) : list);
	const { list, max } = candidates(cards, study, ctx);
	return spread(list)
		.slice(0, max)
		.map((c) => c.id);
}

/** The cards a custom session may take, in the order to show them, and how many it takes. */
function candidates(
	cards: readonly QueueCard[],
	study: CustomStudy,
	ctx: CustomContext
): { list: QueueCard[]; max: number } {
	const { now } = ctx;
	const dayEnd = endOfStudyDay(now, ctx.dayRolloverHour, ctx.utcOffsetMinutes);
	const open = cards.filter((c) => isAvailable(c, now));
	const fresh = open.filter((c) => c.memory.state === 0);
	const dueNow = open.filter((c) => c.memory.state !== 0 && c.memory.due < dayEnd).sort(byDue);
	switch (study.kind) {
		case 'new':
			return { list: fresh, max: ctx.normalNew + study.count };
		case 'review':
			return { list: dueNow.filter((c) => c.memory.state === 2), max: ctx.normalReviews + study.count };
		case 'ahead': {
			const until = now + study.count * DAY;
			const ahead = open.filter(
				(c) => c.memory.state === 2 && c.memory.due >= dayEnd && c.memory.due < until
			);
			return { list: ahead.sort(byDue), max: Infinity };
		}
		case 'forgotten':
			return {
				list: open.filter((c) => c.memory.state !== 0 && ctx.forgotten.has(c.id)).sort(byDue),
				max: Infinity
			};
		case 'level':
		case 'template': {
			const wanted = (c: QueueCard) =>
				study.kind === 'level' ? ctx.levelOf(c.id) === study.level : ctx.templateOf(c.id) === study.template;
			return { list: [...dueNow.filter(wanted), ...fresh.filter(wanted)], max: CUSTOM_SESSION_MAX };
		}
	}
}
