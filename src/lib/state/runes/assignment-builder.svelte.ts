/** The teacher's assignment form: what is chosen, the details, the target, and the document it makes. */
import { validateDocument, ShareError } from '$lib/domain/sharing/codec';
import {
	ASSIGNMENT_VERSION,
	MARKUP,
	SHARE_FORMAT,
	type Assignment,
	type CustomDeckDoc,
	type PartKind
} from '$lib/domain/sharing/documents';
import { MAX_CUSTOMERS, MIN_CUSTOMERS } from '$lib/domain/crm/generate';
import { dayNumber } from '$lib/domain/crm/days';
import { aWeekFrom, endOfLocalDay } from './due-date';
import { textFault } from '$lib/domain/sharing/text-safety';
import { LONGEST_ASSIGNMENT_MS } from '$lib/domain/sharing/share-dates';
import type { MessageKey } from '../i18n/messages';

/** A number field left empty binds null: only whole numbers in the schema's range make a shop. */
function validShop(seed: number | null, customers: number | null): boolean {
	const whole = (n: number | null, min: number, max: number) => Number.isInteger(n) && n! >= min && n! <= max;
	return whole(seed, 0, 2 ** 31 - 1) && whole(customers, MIN_CUSTOMERS, MAX_CUSTOMERS);
}

export class AssignmentBuilder {
	selected = $state<Record<PartKind, string[]>>({ deck: [], drill: [], quiz: [], mission: [] });
	title = $state('');
	className = $state('');
	teacher = $state('');
	note = $state('');
	due = $state('');
	everyCardSeen = $state(true);
	quizAccuracy = $state(80);
	recall = $state(0);
	/** the simulator shop every learner's missions are checked on */
	shopSeed = $state<number | null>(0);
	/** the simulator's default size: big enough for every mission, quick to generate on a phone */
	shopCustomers = $state<number | null>(2000);

	constructor(now: number) {
		this.due = aWeekFrom(now);
		this.shopSeed = now % 1_000_000;
	}

	/** How many parts are chosen. */
	count = $derived(Object.values(this.selected).reduce((n, list) => n + list.length, 0));

	toggle(kind: PartKind, id: string, on: boolean): void {
		const list = this.selected[kind].filter((x) => x !== id);
		this.selected[kind] = on ? [...list, id] : list;
	}

	/** What stops the assignment being made, first problem first; empty when it can be. */
	problems(now: number): MessageKey[] {
		const out: MessageKey[] = [];
		if (!this.title.trim()) out.push('teach.problem.title');
		if (this.count === 0) out.push('teach.problem.parts');
		const due = endOfLocalDay(this.due);
		if (due === null) out.push('teach.problem.due');
		else if (due < now) out.push('teach.problem.past');
		else if (due - now > LONGEST_ASSIGNMENT_MS) out.push('teach.problem.far');
		if ([this.title, this.className, this.teacher, this.note].some((t) => MARKUP.test(t)))
			out.push('teach.problem.markup');
		const lines = [this.title, this.className, this.teacher].some((t) => textFault(t) !== null);
		if (lines || textFault(this.note, true) !== null) out.push('teach.problem.hidden');
		if (this.selected.mission.length > 0 && !validShop(this.shopSeed, this.shopCustomers))
			out.push('teach.problem.shop');
		return out;
	}

	/**
	 * The validated assignment document; throws ShareError when a field is out of bounds. The chosen
	 * decks among `own` (the teacher's) travel inside it, and missions carry the simulator shop to check on.
	 */
	build(now: number, id: string, own: readonly CustomDeckDoc[] = []): Assignment {
		const dueAt = endOfLocalDay(this.due);
		if (dueAt === null) throw new ShareError('invalid', 'dueAt');
		const customDecks = own
			.filter((d) => this.selected.deck.includes(d.id))
			.map((d) => ({ id: d.id, title: d.title, cards: d.cards }));
		const shop = { seed: this.shopSeed, customers: this.shopCustomers, day: dayNumber(now) };
		return validateDocument(
			{
				format: SHARE_FORMAT,
				kind: 'assignment',
				version: ASSIGNMENT_VERSION,
				id,
				title: this.title.trim(),
				className: this.className.trim(),
				teacher: this.teacher.trim(),
				note: this.note.trim(),
				issuedAt: now,
				dueAt,
				decks: [...this.selected.deck],
				drills: [...this.selected.drill],
				quizzes: [...this.selected.quiz],
				missions: [...this.selected.mission],
				target: {
					everyCardSeen: this.everyCardSeen,
					quizAccuracy: Math.round(this.quizAccuracy),
					recall: Math.round(this.recall)
				},
				...(customDecks.length > 0 && { customDecks }),
				...(this.selected.mission.length > 0 && { shop })
			},
			'assignment'
		);
	}
}
