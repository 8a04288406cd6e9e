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
	utcOffsetMinutes?: number;
}

/** Most cards a "level" or "template" session takes. */
export const CUSTOM_SESSION_MAX = 100;

const byDue = (a: QueueCard, b: QueueCard) => a.memory.due - b.memory.due;

/** The card ids of a custom session over `cards` (in course order), in the order to show them. */
export function customStudyCards(
	cards: readonly QueueCard[],
	study: CustomStudy,
	ctx: CustomContext
): string[] {
	const { now } = ctx;
	const dayEnd = endOfStudyDay(now, ctx.dayRolloverHour, ctx.utcOffsetMinutes);
	const open = cards.filter((c) => isAvailable(c, now));
	const fresh = open.filter((c) => c.memory.state === 0);
	const dueNow = open.filter((c) => c.memory.state !== 0 && c.memory.due < dayEnd).sort(byDue);
	const ids = (list: readonly QueueCard[]) => list.map((c) => c.id);
	switch (study.kind) {
		case 'new':
			return ids(fresh.slice(0, ctx.normalNew + study.count));
		case 'review':
			return ids(dueNow.filter((c) => c.memory.state === 2).slice(0, ctx.normalReviews + study.count));
		case 'ahead': {
			const until = now + study.count * DAY;
			return ids(
				open.filter((c) => c.memory.state === 2 && c.memory.due >= dayEnd && c.memory.due < until).sort(byDue)
			);
		}
		case 'forgotten':
			return ids(open.filter((c) => c.memory.state !== 0 && ctx.forgotten.has(c.id)).sort(byDue));
		case 'level':
		case 'template': {
			const wanted = (c: QueueCard) =>
				study.kind === 'level' ? ctx.levelOf(c.id) === study.level : ctx.templateOf(c.id) === study.template;
			return ids([...dueNow.filter(wanted), ...fresh.filter(wanted)].slice(0, CUSTOM_SESSION_MAX));
		}
	}
}
