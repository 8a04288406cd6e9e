import { describe, expect, it } from 'vitest';
import type { ItemSource } from './items';
import { EXERCISE_TEMPLATES, isTemplate, templatesFor, TEMPLATES } from './templates';

/** 客户 as a word with one example that contains it; override what the test is about. */
function anItem(overrides: Partial<ItemSource> = {}): ItemSource {
	return {
		id: 'kehu',
		kind: 'word',
		hanzi: '客户',
		pinyin: ['kè', 'hù'],
		gloss: 'client; customer',
		level: 'A2',
		examples: [{ level: 'A2', zh: '我们有很多新客户。', en: 'We have many new clients.' }],
		...overrides
	};
}

describe('templatesFor', () => {
	it('gives a word all five templates when an example contains it', () => {
		expect(templatesFor(anItem())).toEqual(['recognition', 'recall', 'pinyin', 'listening', 'cloze']);
	});
	it('leaves out cloze when no example contains the word', () => {
		const noExample = anItem({ examples: [] });
		const elsewhere = anItem({ examples: [{ level: 'A2', zh: '他是我的朋友。', en: 'He is my friend.' }] });
		expect(templatesFor(noExample)).toEqual(['recognition', 'recall', 'pinyin', 'listening']);
		expect(templatesFor(elsewhere)).not.toContain('cloze');
	});
	it('leaves out cloze for a word with no hanzi', () => {
		expect(templatesFor(anItem({ hanzi: '' }))).not.toContain('cloze');
	});
	it('gives a collocation recognition, recall and pinyin', () => {
		const colloc = anItem({ id: 'kehu-guanxi.colloc.weihu', kind: 'collocation', hanzi: '维护客户关系' });
		expect(templatesFor(colloc)).toEqual(['recognition', 'recall', 'pinyin']);
	});
	it('gives a mistake pair recognition only', () => {
		expect(templatesFor(anItem({ id: 'mistake.kehu-keren', kind: 'mistake' }))).toEqual(['recognition']);
	});
	it('only ever returns known templates, in TEMPLATES order', () => {
		const all = templatesFor(anItem());
		expect(all).toEqual(TEMPLATES.filter((t) => all.includes(t)));
	});
});

describe('isTemplate', () => {
	it('knows the five templates and nothing else', () => {
		expect(TEMPLATES.every(isTemplate)).toBe(true);
		expect(EXERCISE_TEMPLATES.every(isTemplate)).toBe(true);
		expect(['', 'Recall', 'typing', 'recall '].some(isTemplate)).toBe(false);
	});
});
