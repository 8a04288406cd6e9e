import { describe, expect, it } from 'vitest';
import { aDrill, aQuiz } from '../../../../tests/factories/practice';
import { draftFor, move, pick, pickByKey, responseOf, selectFrame, undo } from './drafts';
import { seededRandom } from './random';
import { chooseCollocate } from './types/choose-collocate';
import { matchPairs } from './types/match';
import { spotError } from './types/spot-error';

const tapQuestion = spotError(aQuiz({ tokens: ['我们', '，', '要', '做', '。'], errorToken: 3 }));
const order = {
	type: 'build-sentence' as const,
	mode: 'order' as const,
	cardId: 'x:drill',
	itemId: 'x',
	entryId: 'x',
	kind: 'word-order' as const,
	tiles: ['要', '我们', '走'],
	answer: '我们要走',
	explanation: { zh: '我们要走', en: 'We have to go.' }
};

describe('drafts', () => {
	it('moves the tapped word with the arrows, past punctuation, and stops at the ends', () => {
		if (!tapQuestion) throw new Error('expected a tap question');
		let d = draftFor(tapQuestion);
		d = move(tapQuestion, d, 1) ?? d;
		d = move(tapQuestion, d, 1) ?? d;
		expect(d).toEqual({ mode: 'tap', tap: 2 });
		d = move(tapQuestion, d, 1) ?? d;
		d = move(tapQuestion, d, 1) ?? d;
		expect(d).toEqual({ mode: 'tap', tap: 3 });
		expect(pick(tapQuestion, d, 1)).toEqual(d);
	});

	it('leaves arrow keys alone on questions that do not tap', () => {
		const q = chooseCollocate(aDrill(), seededRandom(1));
		expect(move(q, draftFor(q), 1)).toBeNull();
		expect(pick(q, draftFor(q), 9)).toEqual({ mode: 'choose', choice: null });
	});

	it('places the n-th remaining tile on number key n and takes the last one back', () => {
		let d = pickByKey(order, draftFor(order), 1);
		d = pickByKey(order, d, 0);
		expect(d).toEqual({ mode: 'order', order: [1, 0] });
		expect(responseOf(order, d)).toBeNull();
		d = pickByKey(order, undo(order, d), 1);
		expect(d).toEqual({ mode: 'order', order: [1, 2] });
	});

	it('fills match frames in turn, a chosen frame first, and Backspace frees the last filled', () => {
		const partners = [
			aDrill({ id: 'a', slot: '保持', after: '联系', zh: '保持联系', valid: ['保持'] }),
			aDrill({ id: 'b', slot: '解决', after: '问题', zh: '解决问题', valid: ['解决'] })
		];
		const q = matchPairs(aDrill(), partners, seededRandom(2));
		if (!q) throw new Error('expected a match');
		let d = draftFor(q);
		if (d.mode !== 'match') throw new Error('expected a match draft');
		d = pick(q, selectFrame(d, 2), 0);
		expect(d).toMatchObject({ pairs: [null, null, 0], frame: 0 });
		d = pick(q, pick(q, d, 1), 2);
		expect(responseOf(q, d)).toEqual({ mode: 'match', pairs: [1, 2, 0] });
		expect(undo(q, d)).toMatchObject({ pairs: [1, 2, null], frame: 2 });
	});

	it('ignores a draft of another mode', () => {
		const q = chooseCollocate(aDrill(), seededRandom(1));
		expect(responseOf(q, { mode: 'type', text: '维护' })).toBeNull();
	});
});
