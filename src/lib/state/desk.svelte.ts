/** The 客服 desk: the shop's inbox, the learner's level, and each answered ticket's verdict and satisfaction. */
import { allTemplates, deskRules } from '$lib/content/templates';
import type { Level } from '$lib/content/schema';
import { recordDeskReply } from '$lib/data/desk-repository';
import { loadSchedulerSettings } from '$lib/data/settings-repository';
import { buildInbox, inboxCustomers, type DeskTicket } from '$lib/domain/desk/inbox';
import { checkReply, satisfactionAfter, type ReplyVerdict } from '$lib/domain/desk/reply-check';
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

/** How a level builds a reply: choose a phrase per turn, or write it freely. */
export type ReplyMode = 'choose' | 'write';
export const modeFor = (level: Level): ReplyMode => (level === 'C1' || level === 'C2' ? 'write' : 'choose');

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
	level = $state<Level>('A2');

	constructor(sim: Simulator) {
		this.#sim = sim;
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
		return modeFor(this.level);
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
			this.#tickets = buildInbox(profiles, snapshot.customers);
			this.#answers = {};
			this.#status = 'ready';
		} catch {
			this.#status = 'error';
		}
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

	/** The reply the chosen phrase ids make. */
	compose(ticket: DeskTicket, phraseIds: readonly string[]): string {
		const chosen = phraseIds.flatMap((id) => PHRASES.filter((p) => p.id === id));
		return composeReply(chosen, ticket.facts);
	}

	/** Checks and records a reply; the ticket's satisfaction follows its quality. */
	async submit(ticket: DeskTicket, reply: string, now: number, durationMs: number): Promise<Answered> {
		const verdict = checkReply(reply, ticket.facts, DESK_RULES);
		const answered = { reply, verdict, satisfaction: satisfactionAfter(verdict) };
		this.#answers = { ...this.#answers, [ticket.key]: answered };
		try {
			const settings = await loadSchedulerSettings();
			await recordDeskReply(
				{ ticketType: ticket.facts.type, reply, failures: verdict.failures, now, durationMs },
				settings
			);
			this.#saveError = false;
		} catch {
			this.#saveError = true;
		}
		return answered;
	}
}
