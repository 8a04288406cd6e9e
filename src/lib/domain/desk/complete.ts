/**
 * Reply building for B1–B2: one gapped template sentence per required move, handed out of order;
 * the learner orders them and fills each gap. The reply checker judges the result, order included.
 */
import { collocationFailures, registerFailures, type ReplyPart, type ReplyTicket } from './reply-check';
import type { DeskRules, GapFrame, Move } from './rules';
import { factSentence } from './turns';

export const GAP = '{}';

/** One sentence to place: the frame it comes from and its options, shuffled. */
export interface Tile {
	frame: string;
	move: Move;
	/** the sentence with GAP where the choice goes */
	text: string;
	options: string[];
}

/** Whether a frame suits a ticket's reply form and type. */
export function frameFits(frame: GapFrame, ticket: Pick<ReplyTicket, 'form' | 'type'>): boolean {
	return (
		(frame.form === 'any' || frame.form === ticket.form) &&
		(frame.types.length === 0 || frame.types.includes(ticket.type))
	);
}

/** The frame's sentence with an option in the gap. */
export function fillGap(text: string, option: string): string {
	return text.replace(GAP, option);
}

/** Whether a filled sentence breaks a register or collocation rule for this ticket. */
export function optionSlips(
	filled: string,
	ticket: Pick<ReplyTicket, 'form' | 'audience'>,
	rules: Pick<DeskRules, 'banned'>
): boolean {
	return registerFailures(filled, ticket).length + collocationFailures(filled, rules).length > 0;
}

function shuffle<T>(items: readonly T[], pick: (n: number) => number): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = pick(i + 1);
		[out[i], out[j]] = [out[j]!, out[i]!];
	}
	return out;
}

/**
 * One tile per move, never in the right order (a reply of one move is the exception); null when no
 * frame fits a move. `pick` chooses an index below n.
 */
export function buildTiles(
	moves: readonly Move[],
	frames: readonly GapFrame[],
	ticket: ReplyTicket,
	pick: (n: number) => number
): Tile[] | null {
	const tiles: Tile[] = [];
	for (const move of moves) {
		const fitting = frames.filter((f) => f.move === move && frameFits(f, ticket));
		if (fitting.length === 0) return null;
		const frame = fitting[pick(fitting.length)]!;
		tiles.push({ frame: frame.id, move, text: frame.text, options: shuffle(frame.options, pick) });
	}
	const shuffled = shuffle(tiles, pick);
	// A shuffle that lands in the right order is turned by one, so there is always something to order.
	return shuffled.every((t, i) => t === tiles[i]) ? [...tiles.slice(1), ...tiles.slice(0, 1)] : shuffled;
}

/** The reply parts the placed tiles make, the ticket's facts after the next step. */
export function completedParts(
	placed: readonly { tile: Tile; option: string }[],
	ticket: ReplyTicket
): ReplyPart[] {
	return placed.map(({ tile, option }) => {
		const text = fillGap(tile.text, option);
		return { move: tile.move, text: tile.move === 'next-step' ? `${text}${factSentence(ticket)}` : text };
	});
}
