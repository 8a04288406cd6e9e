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
	/** What the learner wrote for it, with a tone mark ("kà"); null if they left it out. */
	given: string | null;
	letters: 'ok' | 'wrong' | 'missing';
	tone: 'ok' | 'wrong' | 'missing';
	expectedTone: Tone;
	givenTone: Tone | null;
};

/** The verdict on a typed pinyin answer, with one English line per problem in `summary`. */
export type PinyinCheck = { correct: boolean; syllables: SyllableResult[]; summary: string[] };

/** A syllable whose letters were right and whose tone was wrong, for the mistake notebook. */
export type ToneMistake = { index: number; expected: Tone; given: Tone };

type Expected = { text: string; letters: string; tone: Tone };

function readExpected(syllable: string): Expected {
	const lower = syllable.normalize('NFC').trim().toLowerCase();
	return {
		text: syllable,
		letters: normalizeSyllable(stripTones(lower).replace(/v/g, 'ü')),
		tone: toneOf(lower)
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

function judgeTone(expected: Tone, given: Tone | null): SyllableResult['tone'] {
	if (given === null) return expected === 0 ? 'ok' : 'missing';
	return given === expected ? 'ok' : 'wrong';
}

/** "1st", "2nd", "3rd", "11th", "22nd". */
export function ordinal(n: number): string {
	const teen = n % 100 >= 11 && n % 100 <= 13;
	const suffix = teen ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
	return `${n}${suffix}`;
}

function toneName(tone: Tone): string {
	return tone === 0 ? 'the neutral tone' : `tone ${tone}`;
}

function problem(result: SyllableResult): string | null {
	const where = `${ordinal(result.index + 1)} syllable`;
	if (result.letters === 'missing') return `${where}: missing, it is ${result.expected}`;
	if (result.letters === 'wrong')
		return `${where}: you wrote ${result.given ?? ''}, it is ${result.expected}`;
	if (result.tone === 'missing') return `${where}: no tone given, it is ${toneName(result.expectedTone)}`;
	if (result.tone === 'wrong' && result.givenTone !== null) {
		return `${where}: you wrote ${toneName(result.givenTone)}, it is ${toneName(result.expectedTone)}`;
	}
	return null;
}

function countLine(given: number, expected: number): string {
	return `you wrote ${given} syllable${given === 1 ? '' : 's'}, the word has ${expected}`;
}

/**
 * Checks typed pinyin against the expected syllables (with tone marks, e.g. ['kè', 'hù']). Tone marks
 * and numbers, spaces, case and v/u:/ü are all equivalent; a left-out neutral tone is fine.
 */
export function checkPinyin(expected: readonly string[], input: string): PinyinCheck {
	const want = expected.map(readExpected);
	const given = chooseSplits(parsePinyinRuns(input), want);
	const results: SyllableResult[] = want.map((e, index) => ({
		index,
		expected: e.text,
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
		result.tone = judgeTone(result.expectedTone, typed.tone);
	}
	const summary =
		given.length === 0
			? ['no pinyin given']
			: [
					...(given.length === want.length ? [] : [countLine(given.length, want.length)]),
					...results.map(problem).filter((line) => line !== null)
				];
	const correct =
		given.length > 0 &&
		given.length === want.length &&
		results.every((r) => r.letters === 'ok' && r.tone === 'ok');
	return { correct, syllables: results, summary };
}

/** The syllables whose letters were right but whose tone was wrong, for the mistake notebook. */
export function toneMistakes(check: PinyinCheck): ToneMistake[] {
	return check.syllables.flatMap((s) =>
		s.letters === 'ok' && s.tone === 'wrong' && s.givenTone !== null
			? [{ index: s.index, expected: s.expectedTone, given: s.givenTone }]
			: []
	);
}
