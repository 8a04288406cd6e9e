import { acceptedTones, syllableChars } from '../pinyin/readings';
import { stripTones, toneOf, type Tone } from '../pinyin/tones';
import { parsePinyinRuns, type ParsedSyllable, type PinyinRun } from './pinyin-input';
import { markTone } from './pinyin-marks';
import { alignSyllables } from './syllable-alignment';
import { normalizeSyllable } from './syllable-split';

/** How one expected syllable compares with what the learner typed. */
export type SyllableResult = {
	/** Position in the expected word, from 0. */
	index: number;
	/** The expected syllable as written in the content ("kè"). */
	expected: string;
	/** The character it is the reading of ("客"), or the expected syllable when they do not line up. */
	char: string;
	/** What the learner wrote for it, with a tone mark ("kà"); null if they left it out. */
	given: string | null;
	letters: 'ok' | 'wrong' | 'missing';
	tone: 'ok' | 'wrong' | 'missing';
	expectedTone: Tone;
	givenTone: Tone | null;
};

/** One problem with a typed pinyin answer, as facts for the message layer to word. */
export type PinyinIssue =
	| { kind: 'empty' }
	| { kind: 'count'; wrote: number; expected: number }
	| { kind: 'missing'; index: number; char: string; expected: string }
	| { kind: 'letters'; index: number; char: string; wrote: string; expected: string }
	| { kind: 'no-tone'; index: number; char: string; expected: Tone }
	| { kind: 'tone'; index: number; char: string; wrote: Tone; expected: Tone };

/** The verdict on a typed pinyin answer, with one issue per problem, in order. */
export type PinyinCheck = { correct: boolean; syllables: SyllableResult[]; issues: PinyinIssue[] };

/** A syllable whose letters were right and whose tone was wrong, for the mistake notebook. */
export type ToneMistake = { index: number; expected: Tone; given: Tone };

type Expected = { text: string; letters: string; tone: Tone; accepted: Tone[]; char: string };

function readExpected(syllable: string, accepted: Tone[] | undefined, char: string | undefined): Expected {
	const lower = syllable.normalize('NFC').trim().toLowerCase();
	const tone = toneOf(lower);
	return {
		text: syllable,
		letters: normalizeSyllable(stripTones(lower).replace(/v/g, 'ü')),
		tone,
		accepted: accepted ?? [tone],
		char: char ?? syllable
	};
}

/** Picks, run by run, the split that lines up best with the expected syllables ("fangan" for fāng'àn). */
function chooseSplits(runs: readonly PinyinRun[], expected: readonly Expected[]): ParsedSyllable[] {
	const chosen: ParsedSyllable[] = [];
	for (const options of runs) {
		let best: ParsedSyllable[] = options[0] ?? [];
		let bestScore = -1;
		for (const option of options) {
			const score = option.filter((s, k) => expected[chosen.length + k]?.letters === s.letters).length;
			if (score > bestScore) [best, bestScore] = [option, score];
		}
		chosen.push(...best);
	}
	return chosen;
}

function judgeTone(accepted: readonly Tone[], given: Tone | null): SyllableResult['tone'] {
	if (given === null) return accepted.includes(0) ? 'ok' : 'missing';
	return accepted.includes(given) ? 'ok' : 'wrong';
}

function issueOf(r: SyllableResult): PinyinIssue | null {
	const at = { index: r.index, char: r.char };
	if (r.letters === 'missing') return { kind: 'missing', ...at, expected: r.expected };
	if (r.letters === 'wrong') return { kind: 'letters', ...at, wrote: r.given ?? '', expected: r.expected };
	if (r.tone === 'missing') return { kind: 'no-tone', ...at, expected: r.expectedTone };
	if (r.tone === 'wrong' && r.givenTone !== null)
		return { kind: 'tone', ...at, wrote: r.givenTone, expected: r.expectedTone };
	return null;
}

/**
 * Checks typed pinyin against the expected syllables (with tone marks, e.g. ['kè', 'hù']) of `hanzi`.
 * Tone marks and numbers, spaces, case and v/u:/ü are all equivalent; a left-out neutral tone is
 * fine, and so is every reading a dictionary gives (一 and 不 unchanged, 关系 guānxi or guānxì).
 */
export function checkPinyin(expected: readonly string[], input: string, hanzi = ''): PinyinCheck {
	const tones = acceptedTones(hanzi, expected);
	const chars = syllableChars(hanzi, expected);
	const want = expected.map((s, i) => readExpected(s, tones[i], chars?.[i]));
	const given = chooseSplits(parsePinyinRuns(input), want);
	const results: SyllableResult[] = want.map((e, index) => ({
		index,
		expected: e.text,
		char: e.char,
		given: null,
		letters: 'missing',
		tone: 'missing',
		expectedTone: e.tone,
		givenTone: null
	}));
	const pairs = alignSyllables(
		want.map((e) => e.letters),
		given.map((g) => g.letters)
	);
	for (const pair of pairs) {
		const result = pair.expected === null ? undefined : results[pair.expected];
		const typed = pair.given === null ? undefined : given[pair.given];
		if (!result || !typed) continue;
		result.given = typed.tone === null ? typed.letters : markTone(typed.letters, typed.tone);
		result.givenTone = typed.tone;
		result.letters = typed.letters === want[result.index]?.letters ? 'ok' : 'wrong';
		result.tone = judgeTone(want[result.index]?.accepted ?? [result.expectedTone], typed.tone);
	}
	const issues: PinyinIssue[] =
		given.length === 0
			? [{ kind: 'empty' }]
			: [
					...(given.length === want.length
						? []
						: [{ kind: 'count' as const, wrote: given.length, expected: want.length }]),
					...results.map(issueOf).filter((issue) => issue !== null)
				];
	const correct =
		given.length > 0 &&
		given.length === want.length &&
		results.every((r) => r.letters === 'ok' && r.tone === 'ok');
	return { correct, syllables: results, issues };
}

/** The syllables whose letters were right but whose tone was wrong, for the mistake notebook. */
export function toneMistakes(check: PinyinCheck): ToneMistake[] {
	return check.syllables.flatMap((s) =>
		s.letters === 'ok' && s.tone === 'wrong' && s.givenTone !== null
			? [{ index: s.index, expected: s.expectedTone, given: s.givenTone }]
			: []
	);
}

/** An issue in a notation without words, for notes stored with a mistake ("系 2→4", "关 gāun→guān"). */
export function issueNotation(issue: PinyinIssue): string {
	switch (issue.kind) {
		case 'empty':
			return '∅';
		case 'count':
			return `${issue.wrote}/${issue.expected}`;
		case 'missing':
			return `${issue.char} ∅→${issue.expected}`;
		case 'letters':
			return `${issue.char} ${issue.wrote}→${issue.expected}`;
		case 'no-tone':
			return `${issue.char} ∅→${issue.expected}`;
		case 'tone':
			return `${issue.char} ${issue.wrote}→${issue.expected}`;
	}
}
