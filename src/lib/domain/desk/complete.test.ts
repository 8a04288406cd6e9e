import { describe, expect, it } from 'vitest';
import { aRefundTicket, deskRules } from '../../../../tests/factories/desk';
import { buildTiles, completedParts, type Tile } from './complete';
import { checkReply } from './reply-check';
import { MOVES } from './rules';

const rules = deskRules();
const ticket = aRefundTicket();
const first = () => 0;
const RIGHT = new Set(['您好', '您', '给您退款', '谢谢']);

const tilesFor = (pick: (n: number) => number = first) =>
	buildTiles(rules.required[ticket.type], rules.frames, ticket, pick) ?? [];
const rank = (t: Tile) => MOVES.indexOf(t.move);
/** The tiles in the order given, each gap filled with its right option. */
const filled = (tiles: Tile[]) =>
	completedParts(
		tiles.map((tile) => ({ tile, option: tile.options.find((o) => RIGHT.has(o)) ?? '' })),
		ticket
	);
const verdictOf = (parts: ReturnType<typeof filled>) =>
	checkReply(parts.map((p) => p.text).join(''), ticket, rules, parts);

describe('buildTiles', () => {
	it('gives one sentence per required move, never already in order, the same for the same picks', () => {
		for (const seed of [0, 1, 2, 3]) {
			let state = seed;
			const pick = (n: number) => (state = (state * 7 + 3) % 101) % n;
			const tiles = tilesFor(pick);
			expect(tiles.map((t) => t.move).sort()).toEqual([...rules.required[ticket.type]].sort());
			expect(tiles.map((t) => t.move)).not.toEqual(rules.required[ticket.type]);
		}
		expect(tilesFor()).toEqual(tilesFor());
	});

	it('is null when no sentence fits a move of the ticket', () => {
		expect(
			buildTiles(rules.required['退货'], rules.frames, aRefundTicket({ type: '退货' }), first)
		).toBeNull();
	});
});

describe('a completed reply, checked by the reply rules', () => {
	it('passes when the sentences are in order and every gap has the right word', () => {
		const parts = filled([...tilesFor()].sort((a, b) => rank(a) - rank(b)));
		expect(parts.find((p) => p.move === 'next-step')?.text).toContain('DD2041735');
		const verdict = verdictOf(parts);
		expect(verdict.failures).toEqual([]);
		expect(verdict.total).toBe(rules.required[ticket.type].length + 3 + 3 + 1);
	});

	it('names the right order, as the reply in that order, when the sentences are out of order', () => {
		const tiles = tilesFor();
		const inOrder = filled([...tiles].sort((a, b) => rank(a) - rank(b)));
		const verdict = verdictOf(filled(tiles));
		expect(verdict.failures).toEqual([{ kind: 'order', expected: inOrder.map((p) => p.text).join('') }]);
	});

	it('fails on the register or collocation a wrong gap word breaks', () => {
		const sorted = [...tilesFor()].sort((a, b) => rank(a) - rank(b));
		const parts = completedParts(
			sorted.map((tile) => ({
				tile,
				option: tile.move === 'next-step' ? '退款您' : (tile.options.find((o) => RIGHT.has(o)) ?? '')
			})),
			ticket
		);
		expect(verdictOf(parts).failures.map((f) => f.kind)).toEqual(['collocation']);
	});
});
