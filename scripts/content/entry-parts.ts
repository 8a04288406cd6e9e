/** Measure words, character breakdowns and notes of an entry: their checks and compiled form. */
import type { EntrySource } from '../../src/lib/content/schema';
import type { CharacterPart, Measure, Note } from '../../src/lib/content/types';
import type { Problem } from './problems';

/** Checks that nouns name their measure words and that a breakdown's characters belong to the word. */
export function checkParts(source: EntrySource, file: string, problems: Problem[]): void {
	if (source.pos === 'noun' && !source.measure)
		problems.push({ file, path: 'measure', message: 'expected the measure words of a noun (measure.words)' });
	if (source.measure && source.pos !== 'noun')
		problems.push({
			file,
			path: 'measure',
			message: `expected measure words only on nouns, got pos "${source.pos}"`
		});
	const words = source.measure?.words ?? [];
	words.forEach((w, i) => {
		if (words.indexOf(w) !== i)
			problems.push({ file, path: `measure.words[${i}]`, message: `duplicate measure word "${w}"` });
	});
	const chars = Array.from(source.hanzi);
	source.characters.forEach((c, i) => {
		if (!chars.includes(c.char))
			problems.push({
				file,
				path: `characters[${i}].char`,
				message: `expected a character of "${source.hanzi}", got "${c.char}"`
			});
		if (c.seenIn !== undefined && !c.seenIn.includes(c.char))
			problems.push({
				file,
				path: `characters[${i}].seenIn`,
				message: `expected a word containing "${c.char}", got "${c.seenIn}"`
			});
	});
}

/** The measure words with the reading each has before this noun, e.g. 位 → wèi. */
export function compileMeasure(
	measure: NonNullable<EntrySource['measure']>,
	hanzi: string,
	read: (text: string, path: string) => string[]
): Measure {
	return {
		words: measure.words,
		pinyin: measure.words.map((w, i) => read(`一${w}${hanzi}`, `measure.words[${i}]`)[1] ?? ''),
		...(measure.note !== undefined && { note: measure.note })
	};
}

/** Each character with its reading inside the word, and the known word with its word-joined reading. */
export function compileCharacters(
	source: EntrySource,
	headword: readonly string[],
	readWord: (text: string, path: string) => string
): CharacterPart[] {
	const chars = Array.from(source.hanzi);
	return source.characters.map((c, i) => ({
		char: c.char,
		pinyin: headword[chars.indexOf(c.char)] ?? '',
		meaning: c.meaning,
		...(c.seenIn !== undefined && {
			seenIn: c.seenIn,
			seenInPinyin: readWord(c.seenIn, `characters[${i}].seenIn`)
		})
	}));
}

export function compileNotes(source: EntrySource): Note[] {
	return source.notes.map((n) => ({ kind: n.kind, level: n.level, title: n.title, text: n.text }));
}
