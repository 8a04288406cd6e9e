import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Level } from '../../src/lib/content/schema';
import type { Dialogue } from '../../src/lib/content/dialogue-schema';
import type { Entry } from '../../src/lib/content/types';
import { checkDialogueLevels, vocabularyLevel } from './dialogue-levels';
import { knownWords, parseAllowances, parseHskWords } from './level-check';
import { realDialogues, realEntries } from './real-content';

// 你 好 我 们 A1, 谢谢 A1, 抱歉 B2, 核对 C1 (HSK 1, 1, 5, 7).
const KNOWN = knownWords(parseHskWords('你好\t1\n我们\t1\n谢谢\t1\n很\t1\n抱歉\t5\n核对\t7\n'), [], []);
const dialogue = (level: Level, lines: string[], entryIds: string[] = []): Dialogue =>
	({ id: 'd', level, lines: lines.map((zh) => ({ zh })), entryIds }) as unknown as Dialogue;
const entries = [{ id: 'hedui', level: 'C1' }] as unknown as Entry[];

describe('the dialogue level check', () => {
	it('reads the vocabulary level as the lowest with at most a tenth of the words above it', () => {
		expect(vocabularyLevel('你好！我们很好，谢谢。', KNOWN)).toBe('A1');
		expect(vocabularyLevel('你好！抱歉，我们核对。', KNOWN)).toBe('C1');
		expect(vocabularyLevel('陈某某', KNOWN)).toBeNull();
	});

	it('fails a dialogue tagged well below or far above its words, or linking an entry two levels up', () => {
		const hard = dialogue('A1', ['你好，抱歉，我们核对。']);
		expect(checkDialogueLevels([hard], entries, KNOWN)[0]?.message).toMatch(
			/tagged A1, but its words are at C1/
		);
		const easy = dialogue('C2', ['你好！我们很好，谢谢。']);
		expect(checkDialogueLevels([easy], entries, KNOWN)[0]?.message).toMatch(
			/tagged C2, but its words are at A1/
		);
		const linked = dialogue('A2', ['你好！我们很好，谢谢。'], ['hedui']);
		expect(checkDialogueLevels([linked], entries, KNOWN).map((p) => p.message)).toEqual([
			'links hedui (C1), more than one level above A2'
		]);
		expect(checkDialogueLevels([dialogue('B1', ['你好！我们很好，谢谢。'])], entries, KNOWN)).toEqual([]);
	});

	it('passes every dialogue the app ships', () => {
		const hsk = parseHskWords(readFileSync('content/hsk30-words.tsv', 'utf8'));
		const file = {
			path: 'content/level-allowlist.yaml',
			text: readFileSync('content/level-allowlist.yaml', 'utf8')
		};
		const known = knownWords(hsk, realEntries(), parseAllowances(file, []));
		expect(checkDialogueLevels(realDialogues(), realEntries(), known)).toEqual([]);
	});
});
