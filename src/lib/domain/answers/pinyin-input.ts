import { splitMark, type Tone } from '../pinyin/tones';
import { markIndex, markVowel } from './pinyin-marks';
import { normalizeSyllable, shapeSplit, validSplits } from './syllable-split';

/** One syllable as the learner typed it. */
export type ParsedSyllable = {
	/** Toneless, lower case, ü as ü, in standard spelling ("lü", "ju"). */
	letters: string;
	/** null when the learner gave no tone; 0 is the neutral tone (typed 5 or 0). */
	tone: Tone | null;
};

/** The ways one unbroken run of letters can be read as syllables, best guess first. */
export type PinyinRun = readonly ParsedSyllable[][];

type Letter = { raw: string; base: string; tone: Tone };
type Token =
	| { kind: 'run'; letters: Letter[] }
	| { kind: 'digit'; raw: string; tone: Tone }
	| { kind: 'gap'; raw: string };

function readLetter(chars: readonly string[], i: number): Letter | null {
	const raw = chars[i] ?? '';
	const lower = raw.toLowerCase();
	if (lower === 'u' && chars[i + 1] === ':') return { raw: `${raw}:`, base: 'ü', tone: 0 };
	if (lower === 'v') return { raw, base: 'ü', tone: 0 };
	const [base, tone] = splitMark(lower);
	return /^[a-zü]$/.test(base) ? { raw, base, tone } : null;
}

/** NFKC first, so full-width letters and digits from a Chinese keyboard read like ASCII ones. */
function tokenize(input: string): Token[] {
	const chars = Array.from(input.normalize('NFKC'));
	const tokens: Token[] = [];
	let run: Letter[] | null = null;
	for (let i = 0; i < chars.length; i++) {
		const letter = readLetter(chars, i);
		if (letter) {
			if (letter.raw.length > 1) i++;
			if (!run) tokens.push({ kind: 'run', letters: (run = []) });
			run.push(letter);
			continue;
		}
		run = null;
		const raw = chars[i] ?? '';
		if (/^[0-5]$/.test(raw))
			tokens.push({ kind: 'digit', raw, tone: (raw === '5' ? 0 : Number(raw)) as Tone });
		else tokens.push({ kind: 'gap', raw });
	}
	return tokens;
}

/** Cuts a run into pieces of letters: valid syllables if possible, with at most one tone mark each. */
function cutRun(letters: readonly Letter[]): Letter[][][] {
	const bases = letters.map((l) => l.base).join('');
	const marksBefore = [0];
	letters.forEach((l, i) => marksBefore.push((marksBefore[i] ?? 0) + (l.tone === 0 ? 0 : 1)));
	const oneMark = (start: number, end: number) => (marksBefore[end] ?? 0) - (marksBefore[start] ?? 0) <= 1;
	const splits = validSplits(bases, oneMark);
	return (splits.length > 0 ? splits : [shapeSplit(bases)]).map((lengths) => {
		let start = 0;
		return lengths.map((len) => letters.slice(start, (start += len)));
	});
}

function markedTone(piece: readonly Letter[]): Tone | null {
	return piece.find((l) => l.tone !== 0)?.tone ?? null;
}

function isErhuaAfterTone(letters: readonly Letter[], before: Token | undefined): boolean {
	return before?.kind === 'digit' && letters.length === 1 && letters[0]?.base === 'r';
}

/**
 * Reads typed pinyin as unbroken runs of letters, each with its possible syllable splits (best guess
 * first). Spaces, apostrophes, hyphens and tone digits break runs; a digit is the tone of the syllable
 * before it. For callers that can pick a split with more context, such as the expected answer.
 */
export function parsePinyinRuns(input: string): PinyinRun[] {
	const tokens = tokenize(input);
	const runs: ParsedSyllable[][][] = [];
	let digitTaken = true;
	tokens.forEach((token, i) => {
		const previous = runs[runs.length - 1];
		if (token.kind === 'run' && isErhuaAfterTone(token.letters, tokens[i - 1]) && previous) {
			// "dian3r" is diǎnr: the r joins the syllable whose tone was just typed.
			for (const option of previous) {
				const last = option[option.length - 1];
				if (last) last.letters += 'r';
			}
		} else if (token.kind === 'run') {
			runs.push(
				cutRun(token.letters).map((pieces) =>
					pieces.map((piece) => ({
						letters: normalizeSyllable(piece.map((l) => l.base).join('')),
						tone: markedTone(piece)
					}))
				)
			);
			digitTaken = false;
		} else if (token.kind === 'digit' && !digitTaken) {
			// "ke 4" still means ke4, but a second digit ("ke44") is ignored.
			for (const option of previous ?? []) {
				const last = option[option.length - 1];
				if (last) last.tone = token.tone;
			}
			digitTaken = true;
		} else if (token.kind === 'gap' && token.raw.trim() !== '') {
			digitTaken = true;
		}
	});
	return runs;
}

/**
 * Reads typed pinyin into syllables: tone numbers ("ke4hu4", neutral 5 or 0), tone marks ("kèhù"),
 * ü as v, u: or ü, any case, with or without spaces or apostrophes ("xi'an" vs "xian").
 */
export function parsePinyin(input: string): ParsedSyllable[] {
	return parsePinyinRuns(input).flatMap((options) => options[0] ?? []);
}

/** How a letter is shown back: as typed, except v and u: become ü. */
function shown(letter: Letter): string {
	if (letter.base !== 'ü' || letter.tone !== 0) return letter.raw;
	return letter.raw === letter.raw.toLowerCase() ? 'ü' : 'Ü';
}

function bare(letter: Letter): string {
	if (letter.tone === 0) return shown(letter);
	return letter.raw === letter.raw.toLowerCase() ? letter.base : letter.base.toUpperCase();
}

/** Writes a run with the tone of the digit after it on its last syllable; null if there is no vowel to mark. */
function markRun(letters: readonly Letter[], tone: Tone): string | null {
	const pieces = cutRun(letters)[0] ?? [];
	const last = pieces[pieces.length - 1] ?? [];
	const at = markIndex(last.map((l) => l.base).join(''));
	if (at < 0) return null;
	const head = pieces.slice(0, -1).flat().map(shown).join('');
	return head + last.map((l, i) => (i === at ? markVowel(bare(l), tone) : bare(l))).join('');
}

/**
 * Converts pinyin as the learner types it: "ke4hu4" → "kèhù", "lv4" → "lǜ", "ke4h" → "kèh". Spaces and
 * an unfinished syllable stay as typed; a neutral-tone digit (5 or 0) is dropped. Feeding the result
 * back in with more typing gives the same result.
 */
export function toToneMarks(input: string): string {
	const tokens = tokenize(input);
	return tokens
		.map((token, i) => {
			const next = tokens[i + 1];
			if (token.kind === 'run') {
				const marked = next?.kind === 'digit' ? markRun(token.letters, next.tone) : null;
				return marked ?? token.letters.map(shown).join('') + (next?.kind === 'digit' ? next.raw : '');
			}
			return token.kind === 'digit' && tokens[i - 1]?.kind === 'run' ? '' : token.raw;
		})
		.join('');
}
