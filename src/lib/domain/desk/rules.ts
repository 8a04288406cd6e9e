/** The shape of the desk's reply rules, as the content defines them and the checker reads them. */
import type { TicketType } from '../crm/catalog';
import type { MistakeKind } from '../practice/sources';

/** What a service reply must do, in the order it does it. */
export const MOVES = ['greeting', 'apology', 'next-step', 'closing'] as const;
export type Move = (typeof MOVES)[number];

export interface BannedCollocation {
	/** the mistake pair it comes from, for the notebook */
	mistakeId: string;
	kind: MistakeKind;
	patterns: string[];
	/** the right way to say it */
	right: string;
}

/** A template sentence with one gap ({}) for B1–B2 replies; the checker, not an answer key, judges each option. */
export interface GapFrame {
	id: string;
	move: Move;
	/** the reply form it fits; 'any' for both */
	form: 'chat' | 'email' | 'any';
	/** the ticket types it suits; all when empty */
	types: TicketType[];
	/** the sentence, with {} where the gap is */
	text: string;
	options: string[];
}

export interface DeskRules {
	moves: Record<Move, { markers: string[]; example: { zh: string; en: string } }>;
	required: Record<TicketType, Move[]>;
	banned: BannedCollocation[];
	/** what the customer writes, per ticket type, with {order} and {amount} to fill */
	asks: Record<TicketType, string>;
	frames: GapFrame[];
}
