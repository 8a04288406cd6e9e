import { describe, expect, it } from 'vitest';
import { makeCloze, pickClozeExample } from './cloze';
import type { CefrLevel, ItemExample } from './items';

function anExample(level: CefrLevel, zh = `${level}：我们的客户很多。`): ItemExample {
	return { level, zh, en: `${level}: We have many clients.` };
}

describe('makeCloze', () => {
	it('blanks the word in the sentence', () => {
		expect(makeCloze({ zh: '我们有很多新客户。', en: 'We have many new clients.' }, '客户')).toEqual({
			before: '我们有很多新',
			after: '。',
			answer: '客户',
			en: 'We have many new clients.'
		});
	});
	it('blanks only the first occurrence', () => {
		const cloze = makeCloze({ zh: '客户就是客户。', en: 'A client is a client.' }, '客户');
		expect(cloze).toMatchObject({ before: '', after: '就是客户。', answer: '客户' });
	});
	it('blanks at the start or end of a sentence', () => {
		expect(makeCloze({ zh: '客户', en: 'client' }, '客户')).toMatchObject({ before: '', after: '' });
	});
	it('falls back to an alternative form and expects that form', () => {
		const cloze = makeCloze({ zh: '请联系顾客。', en: 'Please contact the customer.' }, '客户', ['顾客']);
		expect(cloze).toMatchObject({ before: '请联系', after: '。', answer: '顾客' });
	});
	it('blanks whichever form comes first, and the longest form at the same place', () => {
		const sentence = { zh: '老客户和新客户', en: 'old and new clients' };
		expect(makeCloze(sentence, '新客户', ['老客户'])).toMatchObject({ before: '', answer: '老客户' });
		expect(makeCloze(sentence, '客户', ['老客户'])).toMatchObject({ before: '', answer: '老客户' });
	});
	it('gives null when the word is not in the sentence', () => {
		expect(makeCloze({ zh: '他是我的朋友。', en: 'He is my friend.' }, '客户')).toBeNull();
		expect(makeCloze({ zh: '他是我的朋友。', en: 'He is my friend.' }, '')).toBeNull();
	});
});

describe('pickClozeExample', () => {
	const examples = [anExample('A1'), anExample('A2'), anExample('B1'), anExample('C1')];

	it("picks the example at the learner's level", () => {
		for (const seed of [0, 1, 2, 42])
			expect(pickClozeExample(examples, '客户', 'B1', seed)?.level).toBe('B1');
	});
	it('falls back to the nearest level, the easier one on a tie', () => {
		expect(pickClozeExample(examples, '客户', 'B2', 0)?.level).toBe('B1');
		expect(pickClozeExample(examples, '客户', 'C2', 0)?.level).toBe('C1');
		expect(pickClozeExample([anExample('A2'), anExample('B2')], '客户', 'B1', 7)?.level).toBe('A2');
		expect(pickClozeExample([anExample('C1')], '客户', 'A1', 7)?.level).toBe('C1');
	});
	it('skips examples that do not contain the word', () => {
		const mixed = [anExample('B1', '他是我的朋友。'), anExample('A2')];
		expect(pickClozeExample(mixed, '客户', 'B1', 0)?.level).toBe('A2');
	});
	it('uses alternative forms to find usable examples', () => {
		const only = [anExample('B1', '请联系顾客。')];
		expect(pickClozeExample(only, '客户', 'B1', 0)).toBeNull();
		expect(pickClozeExample(only, '客户', 'B1', 0, ['顾客'])).toBe(only[0]);
	});
	it('gives null when no example fits', () => {
		expect(pickClozeExample([], '客户', 'B1', 0)).toBeNull();
		expect(pickClozeExample([anExample('B1', '你好。')], '客户', 'B1', 0)).toBeNull();
	});
	it('is the same for the same seed and spreads over examples across seeds', () => {
		const sameLevel = ['我们的客户', '老客户', '新客户', '大客户'].map((zh) => anExample('B1', zh));
		const picks = Array.from({ length: 40 }, (_, seed) => pickClozeExample(sameLevel, '客户', 'B1', seed));
		expect(picks).toEqual(
			Array.from({ length: 40 }, (_, seed) => pickClozeExample(sameLevel, '客户', 'B1', seed))
		);
		expect(new Set(picks).size).toBe(4);
	});
	it('copes with negative and fractional seeds', () => {
		expect(pickClozeExample(examples, '客户', 'B1', -3)?.level).toBe('B1');
		expect(pickClozeExample(examples, '客户', 'B1', 0.5)?.level).toBe('B1');
	});
});
