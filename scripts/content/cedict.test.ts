/**
 * The real content against CC-CEDICT, as the build checks it: every syllable agrees, or sits in the
 * reviewed list with a reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Glossary } from '../../src/lib/content/types';
import { checkAgainstCedict, cedictLookup } from './cedict';
import { compileContent, readOverrides, type SourceFile } from './compile';
import { buildOutputs } from './outputs';
import { createPinyinReader } from './pinyin-reader';
import type { Reading } from './reading-check';
import { compileSimulator } from './simulator';
import { compileDialogues } from './dialogues';
import { compileTemplates } from './templates';

const file = (path: string): SourceFile => ({ path, text: readFileSync(path, 'utf8') });
const dir = 'content/entries';
const overrides = file('content/pinyin.yaml');
const readings: Reading[] = [];
const entries = compileContent(
	readdirSync(dir).map((f) => file(join(dir, f))),
	overrides,
	createPinyinReader,
	readings
);
const simulator = compileSimulator(
	file('content/simulator.yaml'),
	buildOutputs(entries)['glossary.json'] as Glossary,
	createPinyinReader(readOverrides(overrides, []))
);
for (const t of Object.values(simulator.terms))
	readings.push({ file: 'content/simulator.yaml', path: 'terms', text: t.zh, syllables: t.pinyin });
compileTemplates(
	file('content/templates.yaml'),
	entries,
	createPinyinReader(readOverrides(overrides, [])),
	readings
);
compileDialogues(
	readdirSync('content/dialogues').map((f) => file(join('content/dialogues', f))),
	entries,
	createPinyinReader(readOverrides(overrides, [])),
	readings
);

describe('content readings against CC-CEDICT', () => {
	it('checks examples, mistakes, collocations, contrasts, simulator terms, templates and dialogues, and every syllable agrees', () => {
		const { checked, problems } = checkAgainstCedict(readings, file('content/readings.yaml'));
		expect(problems).toEqual([]);
		expect(checked).toBeGreaterThan(12000);
	});

	it('keeps the reviewed list short, each line with a reason', () => {
		const lines = readFileSync('content/readings.yaml', 'utf8').match(/^- word:/gm) ?? [];
		expect(lines.length).toBeLessThanOrEqual(20);
	});

	it('reads the known errors as the dictionary does', () => {
		const text = (t: string) => readings.find((r) => r.text.includes(t));
		const at = (t: string) => {
			const r = text(t);
			if (!r) throw new Error(`no content text with ${t}`);
			const k = Array.from(r.text.slice(0, r.text.indexOf(t))).length;
			return r.syllables.slice(k, k + Array.from(t).length).join(' ');
		};
		expect(at('漏斗')).toBe('lòu dǒu');
		expect(at('大城市')).toBe('dà chéng shì');
		expect(at('一旦')).toBe('yī dàn');
		expect(cedictLookup('漏斗')).toEqual(['lou4 dou3']);
	});
});
