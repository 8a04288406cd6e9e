import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { LEVELS } from '../../src/lib/content/schema';
import { SCENARIOS } from '../../src/lib/content/dialogue-schema';
import { compileDialogues } from './dialogues';
import { createPinyinReader } from './pinyin-reader';
import { ContentError } from './problems';
import { realDialogues, realEntries } from './real-content';

const read = createPinyinReader({});
const source = (overrides: Record<string, unknown> = {}) => ({
	id: 'test-chat',
	level: 'A1',
	scenario: 'shop-chat',
	title: { zh: '问问题', en: 'A question' },
	setting: { zh: '顾客问客服。', en: 'A shopper asks customer service.' },
	speakers: [
		{ id: 'guke', zh: '顾客', en: 'Shopper' },
		{ id: 'kefu', zh: '客服', en: 'Service' }
	],
	lines: [
		{ speaker: 'guke', register: 'casual', zh: '你好！', en: 'Hi!' },
		{ speaker: 'kefu', register: 'qin', zh: '亲，我是客服。', en: 'Dear, I am customer service.' },
		{ speaker: 'guke', register: 'casual', zh: '我想退货。', en: 'I want to return it.' },
		{ speaker: 'kefu', register: 'qin', zh: '好的。', en: 'OK.' }
	],
	...overrides
});
const file = (data: object, name = 'test-chat') => ({
	path: `content/dialogues/${name}.yaml`,
	text: stringify(data)
});
const entries = () => realEntries().filter((e) => ['kefu', 'tuihuo'].includes(e.id));

function problemsOf(data: object, name?: string): string[] {
	try {
		compileDialogues([file(data, name)], entries(), read);
	} catch (error) {
		if (error instanceof ContentError) return error.message.split('\n');
		throw error;
	}
	return [];
}

describe('compileDialogues', () => {
	it('gives every line pinyin and links the words that are entries', () => {
		const [d] = compileDialogues([file(source())], entries(), read);
		const line = d?.lines[1];
		expect(line?.reading).toContain('kèfú');
		expect(line?.segments.find((s) => s.text === '客服')?.entryId).toBe('kefu');
		expect(d?.entryIds).toEqual(['kefu', 'tuihuo']);
	});

	it('names the file and path of an unknown speaker, a wrong id and a short pinyin override', () => {
		const lines = source().lines.map((l, i) => (i === 0 ? { ...l, speaker: 'boss', pinyin: 'nǐ' } : l));
		const problems = problemsOf(source({ lines }), 'other-name');
		expect(problems).toContain('content/dialogues/other-name.yaml: lines[0].speaker: unknown speaker "boss"');
		expect(problems.some((p) => p.includes('id: expected "other-name"'))).toBe(true);
		expect(problems.some((p) => p.includes('lines[0].pinyin: expected 2 syllables'))).toBe(true);
	});

	it('rejects an unknown register and fewer than four lines', () => {
		const lines = [{ speaker: 'guke', register: 'rude', zh: '喂！', en: 'Oi!' }];
		expect(problemsOf(source({ lines })).some((p) => p.includes('lines[0].register'))).toBe(true);
		const short = source().lines.slice(0, 3);
		expect(problemsOf(source({ lines: short })).some((p) => p.includes('expected at least 4 lines'))).toBe(
			true
		);
	});
});

describe('the dialogues the app ships', () => {
	const dialogues = realDialogues();

	it('has at least two at every level and covers every scenario', () => {
		for (const level of LEVELS)
			expect(dialogues.filter((d) => d.level === level).length).toBeGreaterThanOrEqual(2);
		expect(new Set(dialogues.map((d) => d.scenario))).toEqual(new Set(SCENARIOS));
	});

	it('uses 亲 only in shop chat lines and closes formal emails the formal way', () => {
		for (const d of dialogues)
			for (const l of d.lines)
				if (l.zh.startsWith('亲') || l.zh.includes('，亲')) expect(l.register).toBe('qin');
		const emails = dialogues.filter((d) => d.scenario === 'formal-email');
		for (const d of emails) {
			expect(d.lines[0]?.zh.startsWith('尊敬的')).toBe(true);
			expect(d.lines.some((l) => l.zh === '此致' || l.zh.startsWith('顺颂商祺'))).toBe(true);
			expect(d.lines.some((l) => l.zh.includes('亲'))).toBe(false);
		}
	});
});
