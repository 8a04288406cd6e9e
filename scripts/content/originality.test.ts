import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContent } from './compile';
import { copiedStretch, maskTerms, sourceStretches } from './originality';
import { createPinyinReader } from './pinyin-reader';
import { realDialogues, realTemplates } from './real-content';

describe('the originality check', () => {
	const stretches = sourceStretches(['这家店的服务很好。我跟一个客服谈了。']);

	it('finds a sentence copied from a source, through changed punctuation', () => {
		expect(copiedStretch('这家店的服务很好！', stretches)).toBe('这家店的服务很好');
	});

	it('passes a sentence written fresh, and a shared term once it is masked', () => {
		expect(copiedStretch('这个饭馆的服务不错。', stretches)).toBeNull();
		expect(copiedStretch(maskTerms('这家店的服务很好', ['服务']), stretches)).toBeNull();
	});
});

const SEEDS = '/work/shared/seeds';
const seedsHere = (() => {
	try {
		return readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));
	} catch {
		return [];
	}
})();

// The source documents live outside the repository; where they are present, the content is checked against them.
describe.skipIf(seedsHere.length === 0)('the content against the source documents', () => {
	const dir = 'content/entries';
	const entries = compileContent(
		readdirSync(dir).map((f) => ({ path: join(dir, f), text: readFileSync(join(dir, f), 'utf8') })),
		{ path: 'content/pinyin.yaml', text: readFileSync('content/pinyin.yaml', 'utf8') },
		createPinyinReader
	);

	it('shares no run of more than seven characters with them, outside the terms it teaches', () => {
		const stretches = sourceStretches(seedsHere.map((f) => readFileSync(join(SEEDS, f), 'utf8')));
		const terms = entries.flatMap((e) => [e.hanzi, ...e.forms, ...e.collocations.map((c) => c.zh)]);
		const text = (segments: { text: string }[]) => segments.map((s) => s.text).join('');
		const copies = entries.flatMap((e) =>
			[
				...e.examples.map((x) => x.zh),
				...e.mistakes.flatMap((m) => [text(m.wrong), text(m.right)]),
				...e.situations.map((s) => s.explanation)
			].flatMap((zh) => {
				const found = copiedStretch(maskTerms(zh, terms), stretches);
				return found ? [`${e.id}: "${found}" in ${zh}`] : [];
			})
		);
		expect(copies).toEqual([]);
	});

	it('shares none with the dialogues and message templates either', () => {
		const stretches = sourceStretches(seedsHere.map((f) => readFileSync(join(SEEDS, f), 'utf8')));
		const terms = entries.flatMap((e) => [e.hanzi, ...e.forms, ...e.collocations.map((c) => c.zh)]);
		const lines = [
			...realDialogues().flatMap((d) => d.lines.map((l, i) => [`${d.id}.lines[${i}]`, l.zh] as const)),
			...realTemplates().map((t) => [`template.${t.id}`, t.zh] as const)
		];
		const copies = lines.flatMap(([key, zh]) => {
			const found = copiedStretch(maskTerms(zh, terms), stretches);
			return found ? [`${key}: "${found}" in ${zh}`] : [];
		});
		expect(copies).toEqual([]);
	});
});
