/** The answers a learner could give to any practice question: the intended one and a wrong one. */
import type { Question, Response } from '../../src/lib/domain/practice/questions';

/** The tile order that spells `answer`, found greedily (tiles are distinct). */
export function orderOf(tiles: readonly string[], answer: string): number[] {
	const order: number[] = [];
	let rest = answer;
	while (rest) {
		const i = tiles.findIndex((t, k) => !order.includes(k) && rest.startsWith(t));
		if (i < 0) throw new Error(`no tile starts "${rest}"`);
		order.push(i);
		rest = rest.slice(tiles[i]?.length ?? 0);
	}
	return order;
}

/** The learner's response that the question expects. */
export function rightResponse(q: Question): Response {
	switch (q.mode) {
		case 'choose':
			return { mode: 'choose', choice: q.answer };
		case 'type':
			return { mode: 'type', text: q.accepted[0] ?? '' };
		case 'order':
			return { mode: 'order', order: orderOf(q.tiles, q.answer) };
		case 'match':
			return { mode: 'match', pairs: q.answer };
		case 'tap':
			return { mode: 'tap', tap: q.answer };
	}
}

/** A response the question must mark wrong: another option or token, a reversed order, swapped words, a stray word. */
export function wrongResponse(q: Question): Response {
	switch (q.mode) {
		case 'choose':
			return { mode: 'choose', choice: (q.answer + 1) % q.options.length };
		case 'type':
			return { mode: 'type', text: q.script === 'pinyin' ? 'zzz' : '不对' };
		case 'order':
			return { mode: 'order', order: orderOf(q.tiles, q.answer).reverse() };
		case 'match':
			return { mode: 'match', pairs: q.answer.map((_, f) => q.answer[(f + 1) % q.answer.length] ?? 0) };
		case 'tap':
			return { mode: 'tap', tap: q.tokens.findIndex((t, i) => i !== q.answer && /\p{Script=Han}/u.test(t)) };
	}
}
