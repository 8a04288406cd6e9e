/**
 * Compiles content/dialogues/*.yaml: every line gets pinyin and is cut into words linked to the
 * entries, and every line's reading goes to the same dictionary check as the entries.
 */
import { DialogueSchema, type Dialogue, type DialogueSource } from '../../src/lib/content/dialogue-schema';
import type { Entry } from '../../src/lib/content/types';
import { parseYaml, validate, wordCheck, type SourceFile } from './compile';
import type { PinyinReader } from './pinyin-reader';
import { ContentError, type Problem } from './problems';
import type { Reading } from './reading-check';
import { segmentSentence } from './segment';
import { joinWords } from './word-pinyin';

/** The line's syllables, with an authored override (one syllable per Chinese character) applied. */
function syllablesOf(generated: string[], override: string | undefined): string[] | string {
	if (!override) return generated;
	const given = override.split(' ');
	const han = generated.filter(Boolean).length;
	if (given.length !== han)
		return `expected ${han} syllables, one per Chinese character, got ${given.length}`;
	let k = 0;
	return generated.map((s) => (s === '' ? '' : (given[k++] ?? s)));
}

function checkDialogue(file: string, source: DialogueSource, problems: Problem[]): void {
	const stem = file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
	if (source.id !== stem)
		problems.push({
			file,
			path: 'id',
			message: `expected "${stem}" to match the file name, got "${source.id}"`
		});
	const speakers = new Set<string>();
	source.speakers.forEach((s, i) => {
		if (speakers.has(s.id))
			problems.push({ file, path: `speakers[${i}].id`, message: `duplicate speaker "${s.id}"` });
		speakers.add(s.id);
	});
	source.lines.forEach((l, i) => {
		if (!speakers.has(l.speaker))
			problems.push({ file, path: `lines[${i}].speaker`, message: `unknown speaker "${l.speaker}"` });
	});
}

/**
 * Reads one line of text: its syllables (with an authored override), word-joined pinyin and words
 * linked to the entries; records the reading for the dictionary check. A string is an override's problem.
 */
export function lineCompiler(entries: readonly Entry[], read: PinyinReader, readings: Reading[]) {
	const dictionary = new Map<string, string>();
	for (const e of entries) for (const w of [e.hanzi, ...e.forms]) dictionary.set(w, e.id);
	const longest = Math.max(1, ...Array.from(dictionary.keys(), (w) => Array.from(w).length));
	const isWord = wordCheck(dictionary);
	return (text: string, override: string | undefined, file: string, path: string) => {
		const syllables = syllablesOf(read(text), override);
		if (typeof syllables === 'string') return syllables;
		readings.push({ file, path, text, syllables });
		return {
			syllables,
			reading: joinWords(text, syllables, isWord),
			segments: segmentSentence(text, syllables, dictionary, longest)
		};
	};
}

/** Compiles the dialogue files against the compiled entries, or throws a ContentError listing every problem. */
export function compileDialogues(
	files: readonly SourceFile[],
	entries: readonly Entry[],
	read: PinyinReader,
	/** receives every line with its syllables, for the dictionary check */
	readings: Reading[] = []
): Dialogue[] {
	const problems: Problem[] = [];
	const parsed: { file: string; source: DialogueSource }[] = [];
	for (const file of files) {
		const data = parseYaml(file, problems);
		const source = data === undefined ? undefined : validate(DialogueSchema, data, file.path, problems);
		if (source) parsed.push({ file: file.path, source });
	}
	const seen = new Map<string, string>();
	for (const { file, source } of parsed) {
		checkDialogue(file, source, problems);
		const first = seen.get(source.id);
		if (first)
			problems.push({ file, path: 'id', message: `duplicate id "${source.id}", first used in ${first}` });
		seen.set(source.id, file);
	}
	const compileLine = lineCompiler(entries, read, readings);
	const dialogues = parsed.map(({ file, source }): Dialogue => {
		const title = compileLine(source.title.zh, undefined, file, 'title.zh');
		const lines = source.lines.map((l, i) => {
			const line = compileLine(l.zh, l.pinyin, file, `lines[${i}]`);
			if (typeof line === 'string') problems.push({ file, path: `lines[${i}].pinyin`, message: line });
			const { reading, segments } = typeof line === 'string' ? { reading: '', segments: [] } : line;
			return { speaker: l.speaker, register: l.register, zh: l.zh, en: l.en, reading, segments };
		});
		const entryIds = [
			...new Set(lines.flatMap((l) => l.segments.flatMap((s) => (s.entryId ? [s.entryId] : []))))
		];
		return {
			id: source.id,
			level: source.level,
			scenario: source.scenario,
			title: { ...source.title, reading: typeof title === 'string' ? '' : title.reading },
			setting: source.setting,
			speakers: source.speakers,
			lines,
			entryIds
		};
	});
	if (problems.length > 0) throw new ContentError(problems);
	return dialogues;
}
