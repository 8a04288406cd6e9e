/** The 客服 desk: the shop's inbox, the learner's level, and each answered ticket's verdict and satisfaction. */
import { allTemplates, deskRules } from '$lib/content/templates';
import { LEVELS, type Level } from '$lib/content/schema';
import { deskAnswersFor, recordDeskReply, type DeskAnswerRow } from '$lib/data/desk-repository';
import { loadSchedulerSettings } from '$lib/data/settings-repository';
import { deskAnswerId, shopKey, type ShopRef } from '$lib/domain/desk/answers';
import { buildTiles, type Tile } from '$lib/domain/desk/complete';
import { buildInbox, inboxCustomers, type DeskTicket } from '$lib/domain/desk/inbox';
import {
	checkReply,
	satisfactionAfter,
	type ReplyPart,
	type ReplyVerdict
} from '$lib/domain/desk/reply-check';
import type { DeskRules, Move } from '$lib/domain/desk/rules';
import { buildTurns, composeReply, type Phrase, type Turn } from '$lib/domain/desk/turns';
import { seededRandom, randomInt } from '$lib/domain/crm/random';
import type { Simulator } from './simulator.svelte';

export const DESK_RULES: DeskRules = deskRules();
const MOVE_OF: Partial<Record<string, Move>> = {
	greeting: 'greeting',
	apology: 'apology',
	compensation: 'next-step',
	closing: 'closing'
};
/** Every template that can be a reply's move, as a phrase to pick. */
export const PHRASES: Phrase[] = allTemplates().flatMap((t) => {
	const move = MOVE_OF[t.function];
	return move ? [{ id: t.id, zh: t.zh, move, register: t.register, channel: t.channel }] : [];
});

/** How a level builds a reply: choose a phrase per turn (A1–A2), order and complete templates (B1–B2), or write it freely (C1–C2). */
export type ReplyMode = 'choose' | 'complete' | 'write';
export function modeFor(level: Level): ReplyMode {
	if (level === 'C1' || level === 'C2') return 'write';
	return level === 'B1' || level === 'B2' ? 'complete' : 'choose';
}

const LEVEL_KEY = 'desk-level';
function savedLevel(storage: Storage | undefined): Level {
	try {
		const saved = storage?.getItem(LEVEL_KEY);
		return LEVELS.find((l) => l === saved) ?? 'A2';
	} catch {
		return 'A2';
	}
}

export interface Answered {
	reply: string;
	verdict: ReplyVerdict;
	satisfaction: number;
}

export class Desk {
	#sim: Simulator;
	#tickets = $state.raw<DeskTicket[]>([]);
	#answers = $state.raw<Readonly<Record<string, Answered>>>({});
	#status = $state<'loading' | 'ready' | 'error'>('loading');
	#saveError = $state(false);
	#unreadable = $state(0);
	#level = $state<Level>('A2');
	#storage: Storage | undefined;
	#shop: ShopRef | null = null;
	#today = 0;

	constructor(sim: Simulator, storage?: Storage) {
		this.#sim = sim;
		this.#storage = storage;
		this.#level = savedLevel(storage);
	}

	/** The learner's level at the desk, remembered on this device; it picks the reply mode. */
	get level(): Level {
		return this.#level;
	}
	setLevel(level: Level): void {
		this.#level = level;
		try {
			this.#storage?.setItem(LEVEL_KEY, level);
		} catch {
			// Without storage the level is simply not remembered.
		}
	}
	/** Stored answers that could not be shown and were left out. */
	get unreadable(): number {
		return this.#unreadable;
	}

	get tickets(): readonly DeskTicket[] {
		return this.#tickets;
	}
	get status() {
		return this.#status;
	}
	get saveError(): boolean {
		return this.#saveError;
	}
	get mode(): ReplyMode {
		return modeFor(this.#level);
	}
	answer(key: string): Answered | undefined {
		return this.#answers[key];
	}

	/** Mean satisfaction over the inbox, with answered tickets at their new satisfaction; 1–5. */
	get satisfaction(): { before: number; now: number; answered: number } {
		const n = this.#tickets.length || 1;
		const before = this.#tickets.reduce((s, t) => s + t.satisfaction, 0) / n;
		const now =
			this.#tickets.reduce((s, t) => s + (this.#answers[t.key]?.satisfaction ?? t.satisfaction), 0) / n;
		return { before, now, answered: Object.keys(this.#answers).length };
	}

	/** Reads the sampled customers' profiles from the simulator's worker and builds the inbox. */
	async load(): Promise<void> {
		const snapshot = this.#sim.snapshot;
		if (!snapshot) return;
		this.#status = 'loading';
		try {
			const ids = inboxCustomers(snapshot.seed, snapshot.customers.count);
			const profiles = [];
			for (const id of ids) profiles.push(await this.#sim.profile(id));
			const tickets = buildInbox(profiles, snapshot.customers);
			this.#shop = { seed: snapshot.seed, customers: snapshot.customers.count };
			this.#today = snapshot.today;
			const stored = await deskAnswersFor(shopKey(this.#shop), Date.now());
			this.#tickets = tickets;
			this.#answers = this.#restored(tickets, stored.rows);
			this.#unreadable = stored.unreadable;
			this.#status = 'ready';
		} catch {
			this.#status = 'error';
		}
	}

	#idOf(ticket: DeskTicket): string {
		return deskAnswerId(this.#shop ?? { seed: 0, customers: 0 }, ticket.customer, this.#today - ticket.day);
	}

	/** Answers kept from earlier visits, re-checked against the ticket so the feedback shows again. */
	#restored(tickets: readonly DeskTicket[], rows: readonly DeskAnswerRow[]): Record<string, Answered> {
		return Object.fromEntries(
			tickets.flatMap((t) => {
				const row = rows.find((r) => r.id === this.#idOf(t));
				if (!row || row.type !== t.facts.type) return [];
				const verdict = checkReply(row.reply, t.facts, DESK_RULES, row.parts);
				return [[t.key, { reply: row.reply, verdict, satisfaction: row.after }]];
			})
		);
	}

	/** What the customer wrote. */
	ask(ticket: DeskTicket): string {
		return DESK_RULES.asks[ticket.facts.type]
			.replace('{order}', ticket.facts.orderNo)
			.replace('{amount}', String(ticket.facts.amount ?? ''));
	}

	/** The turns of a choose-mode reply, the same for the same ticket. */
	turns(ticket: DeskTicket): Turn[] | null {
		const random = seededRandom(ticket.customer * 31 + ticket.day);
		return buildTurns(DESK_RULES.required[ticket.facts.type], PHRASES, ticket.facts, (n) =>
			randomInt(random, n)
		);
	}

	/** The gapped sentences of a complete-mode reply, out of order, the same for the same ticket. */
	tiles(ticket: DeskTicket): Tile[] | null {
		const random = seededRandom(ticket.customer * 37 + ticket.day);
		return buildTiles(DESK_RULES.required[ticket.facts.type], DESK_RULES.frames, ticket.facts, (n) =>
			randomInt(random, n)
		);
	}

	/** The reply the chosen phrase ids make. */
	compose(ticket: DeskTicket, phraseIds: readonly string[]): string {
		const chosen = phraseIds.flatMap((id) => PHRASES.filter((p) => p.id === id));
		return composeReply(chosen, ticket.facts);
	}

	/** Checks and records a reply (its parts, when it was put together from them); satisfaction follows its quality. */
	async submit(
		ticket: DeskTicket,
		reply: string,
		now: number,
		durationMs: number,
		parts?: readonly ReplyPart[]
	): Promise<Answered> {
		const verdict = checkReply(reply, ticket.facts, DESK_RULES, parts);
		const answered = { reply, verdict, satisfaction: satisfactionAfter(verdict) };
		this.#answers = { ...this.#answers, [ticket.key]: answered };
		try {
			const settings = await loadSchedulerSettings();
			await recordDeskReply(
				{ ticketType: ticket.facts.type, reply, failures: verdict.failures, now, durationMs },
				this.#row(ticket, answered, now, parts),
				settings
			);
			this.#saveError = false;
		} catch {
			this.#saveError = true;
		}
		return answered;
	}

	#row(ticket: DeskTicket, answered: Answered, now: number, parts?: readonly ReplyPart[]): DeskAnswerRow {
		const shop = this.#shop ?? { seed: 0, customers: 0 };
		return {
			id: this.#idOf(ticket),
			shop: shopKey(shop),
			customer: ticket.customer,
			age: this.#today - ticket.day,
			type: ticket.facts.type,
			channel: ticket.channel,
			before: ticket.satisfaction,
			after: answered.satisfaction,
			passed: answered.verdict.passed,
			total: answered.verdict.total,
			reply: answered.reply,
			...(parts && { parts: parts.map((p) => ({ move: p.move, text: p.text })) }),
			level: this.#level,
			answeredAt: now
		};
	}
}
