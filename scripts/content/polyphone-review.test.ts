/** Every sentence with a one-character polyphone has a current, recorded review (content/reviewed-polyphones.yaml). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { cedictLookup } from './cedict';
import { compileContent } from './compile';
import { createPinyinReader } from './pinyin-reader';
import { realDialogues, realTemplates } from './real-content';
import { reviewHash, standalonePolyphones, type ReviewSentence } from './polyphone-review';

const dir = 'content/entries';
const entries = compileContent(
	readdirSync(dir).map((f) => ({ path: join(dir, f), text: readFileSync(join(dir, f), 'utf8') })),
	{ path: 'content/pinyin.yaml', text: readFileSync('content/pinyin.yaml', 'utf8') },
	createPinyinReader
);
const sentence = (key: string, segments: { text: string; pinyin: string[] }[]): ReviewSentence => ({
	key,
	text: segments.map((s) => s.text).join(''),
	syllables: segments.flatMap((s) => s.pinyin)
});
const sentences = entries
	.flatMap((e) => [
		...e.examples.map((x, i) => sentence(`${e.id}.examples[${i}]`, x.segments)),
		...e.mistakes.flatMap((m, i) => [
			sentence(`${e.id}.mistakes[${i}].wrong`, m.wrong),
			sentence(`${e.id}.mistakes[${i}].right`, m.right)
		])
	])
	.concat(
		realDialogues().flatMap((d) =>
			d.lines.map((l, i) => sentence(`dialogue.${d.id}.lines[${i}]`, l.segments))
		),
		realTemplates().map((t) => sentence(`template.${t.id}`, t.segments))
	);
const reviewed = parse(readFileSync('content/reviewed-polyphones.yaml', 'utf8')) as Record<
	string,
	{ hash: string; verdict: string; readings: string }
>;

describe('the polyphone review', () => {
	it('finds a one-character polyphone and ignores one inside a dictionary word', () => {
		const s = { key: 'x', text: '倒不如处理', syllables: ['dǎo', 'bù', 'rú', 'chǔ', 'lǐ'] };
		expect(standalonePolyphones(s, (w) => (w === '处理' ? ['chu3 li3'] : undefined))).toEqual(['倒dǎo']);
		expect(reviewHash(s)).not.toBe(reviewHash({ ...s, syllables: ['dào', 'bù', 'rú', 'chǔ', 'lǐ'] }));
	});

	it('has a current verdict for every sentence that needs one, and none left over', () => {
		const needed = sentences.filter((s) => standalonePolyphones(s, cedictLookup).length > 0);
		const missing = needed
			.filter((s) => reviewed[s.key]?.hash !== reviewHash(s) || reviewed[s.key]?.verdict !== 'ok')
			.map(
				(s) => `${s.key}: ${s.text} (${standalonePolyphones(s, cedictLookup).join(' ')}) ${reviewHash(s)}`
			);
		expect(missing).toEqual([]);
		const keys = new Set(needed.map((s) => s.key));
		expect(Object.keys(reviewed).filter((k) => !keys.has(k))).toEqual([]);
	});
});
