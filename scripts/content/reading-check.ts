/**
 * Compares every syllable of the compiled content with a dictionary's word readings. A syllable
 * disagrees when the word covering it reads differently under both forward and backward longest
 * match, so a segmentation slip alone never fails the build.
 */
import { toNumbered } from '../../src/lib/domain/pinyin/tones';

/** A text as compiled: one syllable per character, '' for characters that are not Chinese. */
export interface Reading {
	/** where it lives: content/entries/kefu.yaml and examples[3] */
	file: string;
	path: string;
	text: string;
	syllables: readonly string[];
}

/** A reviewed reading that differs from the dictionary in context, with its reason. */
export interface ContextReading {
	word: string;
	/** syllables with tone marks, space-separated */
	reading: string;
	reason: string;
}

export interface Disagreement {
	file: string;
	path: string;
	text: string;
	word: string;
	/** what the content says, numbered (lou4 dou4) */
	content: string;
	/** what the dictionary says for the word */
	dictionary: string[];
}

/** Dictionary readings of a word, numbered and lower-case ("lou4 dou3"), or undefined when it is no word. */
export type WordLookup = (word: string) => readonly string[] | undefined;

const MAX_WORD = 8;

interface Span {
	start: number;
	end: number;
}

function segment(chars: readonly string[], lookup: WordLookup, backward: boolean): Span[] {
	const spans: Span[] = [];
	let i = backward ? chars.length : 0;
	while (backward ? i > 0 : i < chars.length) {
		let len = Math.min(MAX_WORD, backward ? i : chars.length - i);
		for (; len > 1; len--) {
			const word = backward ? chars.slice(i - len, i) : chars.slice(i, i + len);
			if (lookup(word.join(''))) break;
		}
		spans.push(backward ? { start: i - len, end: i } : { start: i, end: i + len });
		i += backward ? -len : len;
	}
	return spans;
}

/** Numbered form of content syllables; erhua 儿, written r, is the dictionary's r5. */
export function numbered(chars: readonly string[], syllables: readonly string[]): string {
	return syllables
		.map((s, k) => (chars[k] === '儿' && s === 'r' ? 'r5' : toNumbered(s)))
		.join(' ')
		.replace(/v/g, 'u:');
}

/** Finds the syllables that agree with neither the dictionary nor the reviewed context readings. */
export function checkReadings(
	readings: readonly Reading[],
	lookup: WordLookup,
	reviewed: readonly ContextReading[]
): { checked: number; disagreements: Disagreement[]; unused: ContextReading[] } {
	let checked = 0;
	const disagreements: Disagreement[] = [];
	const used = new Set<ContextReading>();
	for (const r of readings) {
		const chars = Array.from(r.text);
		// Runs of Chinese characters: the words never cross punctuation or Latin letters.
		let start = 0;
		while (start < chars.length) {
			if (!r.syllables[start]) {
				start++;
				continue;
			}
			let end = start;
			while (end < chars.length && r.syllables[end]) end++;
			const runChars = chars.slice(start, end);
			const runSyllables = r.syllables.slice(start, end);
			checked += runChars.length;
			disagreements.push(...checkRun(r, runChars, runSyllables, lookup, reviewed, used));
			start = end;
		}
	}
	return { checked, disagreements, unused: reviewed.filter((c) => !used.has(c)) };
}

function checkRun(
	r: Reading,
	chars: readonly string[],
	syllables: readonly string[],
	lookup: WordLookup,
	reviewed: readonly ContextReading[],
	used: Set<ContextReading>
): Disagreement[] {
	// A reviewed reading explains its own syllables only: the rest of a word around it is still
	// compared with the dictionary (上个月 shàng ge yuè with 个 ge reviewed: shàng and yuè are checked).
	const excused = new Array<boolean>(chars.length).fill(false);
	excuseReviewed(chars, syllables, reviewed, excused, used);
	const agrees = (s: Span) => {
		const readings = lookup(chars.slice(s.start, s.end).join(''));
		if (!readings) return true; // not in the dictionary: nothing to compare with
		const ours = numbered(chars.slice(s.start, s.end), syllables.slice(s.start, s.end)).split(' ');
		return readings.some((r) => {
			const theirs = r.split(' ');
			return (
				theirs.length === ours.length &&
				theirs.every((t, j) => excused[s.start + j] === true || t === ours[j])
			);
		});
	};
	const bad = excused.map((e) => !e);
	for (const backward of [false, true])
		for (const s of segment(chars, lookup, backward))
			if (agrees(s)) for (let k = s.start; k < s.end; k++) bad[k] = false;
	const out: Disagreement[] = [];
	for (const s of segment(chars, lookup, false)) {
		if (!bad.slice(s.start, s.end).some(Boolean)) continue;
		const word = chars.slice(s.start, s.end).join('');
		out.push({
			file: r.file,
			path: r.path,
			text: r.text,
			word,
			content: numbered(chars.slice(s.start, s.end), syllables.slice(s.start, s.end)),
			dictionary: [...(lookup(word) ?? [])]
		});
	}
	return out;
}

/** Marks the syllables a reviewed context reading covers, where the content reads it that way. */
function excuseReviewed(
	chars: readonly string[],
	syllables: readonly string[],
	reviewed: readonly ContextReading[],
	excused: boolean[],
	used: Set<ContextReading>
): void {
	const text = chars.join('');
	for (const c of reviewed) {
		const word = Array.from(c.word);
		const want = c.reading.split(' ');
		for (let at = text.indexOf(c.word); at !== -1; at = text.indexOf(c.word, at + 1)) {
			const k = Array.from(text.slice(0, at)).length;
			if (!want.every((s, j) => syllables[k + j] === s)) continue;
			used.add(c);
			for (let j = 0; j < word.length; j++) excused[k + j] = true;
		}
	}
}

/** Words a content author can act on, one per disagreement. */
export function describeDisagreement(d: Disagreement): string {
	return `"${d.word}" in "${d.text}" is read ${d.content}; CC-CEDICT has ${d.dictionary.join(' or ')}. Fix the reading (content/pinyin.yaml) or add a reviewed context reading with its reason (content/readings.yaml)`;
}
