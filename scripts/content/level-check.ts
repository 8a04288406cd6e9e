/**
 * The level check: every example, mistake, collocation and situation uses words at or below its CEFR
 * level, with the HSK 3.0 word levels as the yardstick. Sentences are cut by longest match over the
 * known words (HSK list, the app's own entries, reviewed allowances); a word above the item's level
 * is reported. A word in no list counts as C1; the headword and words its note glosses always pass.
 */
import { parse } from 'yaml';
import { LEVELS, type Level } from '../../src/lib/content/schema';
import type { Entry } from '../../src/lib/content/types';
import type { Problem } from './problems';

/** The project's mapping (content/README.md): HSK 1 A1, 2 A2, 3–4 B1, 5–6 B2, 7–9 C1. */
export function cefrOfHsk(hsk: number): Level {
	if (hsk <= 1) return 'A1';
	if (hsk === 2) return 'A2';
	if (hsk <= 4) return 'B1';
	return hsk <= 6 ? 'B2' : 'C1';
}

const rank = (level: Level) => LEVELS.indexOf(level);

/** A word in no list: the HSK 7–9 band is C1–C2, so a word beyond it is for C1 and up. */
const BEYOND: Level = 'C1';

/** Reads content/hsk30-words.tsv (`word<TAB>level`, # comments); 有点儿 also counts as 有点. */
export function parseHskWords(text: string): Map<string, number> {
	const words = new Map<string, number>();
	const add = (w: string, l: number) => words.set(w, Math.min(words.get(w) ?? l, l));
	for (const line of text.split('\n')) {
		if (!line.trim() || line.startsWith('#')) continue;
		const [word = '', level = ''] = line.split('\t');
		add(word, Number(level));
		if (word.length > 2 && word.endsWith('儿')) add(word.slice(0, -1), Number(level));
	}
	return words;
}

export interface Allowance {
	word: string;
	level: Level;
	reason: string;
}

/** Reads content/level-allowlist.yaml: words judged right at a level the HSK list puts higher. */
export function parseAllowances(file: { path: string; text: string }, problems: Problem[]): Allowance[] {
	const raw: unknown = parse(file.text) ?? [];
	if (!Array.isArray(raw)) {
		problems.push({ file: file.path, path: '', message: 'expected a list of { word, level, reason }' });
		return [];
	}
	return raw.flatMap((item: Partial<Allowance>, i): Allowance[] => {
		const ok =
			typeof item?.word === 'string' &&
			LEVELS.includes(item.level as Level) &&
			typeof item.reason === 'string' &&
			item.reason.trim().length > 0;
		if (ok) return [item as Allowance];
		problems.push({ file: file.path, path: `[${i}]`, message: 'needs a word, a CEFR level and a reason' });
		return [];
	});
}

// Numeral + time word or measure word is grammar, not vocabulary: 三天才到 is 三天 才 到, not 三 天才 到.
const NUMBERS = [
	'一',
	'二',
	'两',
	'三',
	'四',
	'五',
	'六',
	'七',
	'八',
	'九',
	'十',
	'几',
	'第一',
	'第二',
	'第三'
];
const UNITS = ['天', '年', '周', '个', '次', '位', '家', '本', '张'];

/** Everything a sentence is judged by: the lowest CEFR level at which each known word may appear. */
export function knownWords(
	hsk: ReadonlyMap<string, number>,
	entries: readonly Entry[],
	allowances: readonly Allowance[]
): Map<string, Level> {
	const known = new Map<string, Level>();
	const add = (w: string, l: Level) => {
		const had = known.get(w);
		if (!had || rank(l) < rank(had)) known.set(w, l);
	};
	for (const [w, l] of hsk) add(w, cefrOfHsk(l));
	for (const n of NUMBERS) for (const u of UNITS) add(n + u, 'A1');
	for (const e of entries) for (const w of [e.hanzi, ...e.forms]) add(w, e.level);
	for (const a of allowances) add(a.word, a.level);
	return known;
}

/** A word of a sentence, with the level it needs; null when it is in no list (C1). */
export interface Word {
	text: string;
	level: Level | null;
}

/** Longest match over one run of characters, from the front or (reversed) from the back. */
function longestMatch(chars: string[], known: ReadonlyMap<string, Level>, fromEnd: boolean, longest: number) {
	const words: Word[] = [];
	let i = fromEnd ? chars.length : 0;
	while (fromEnd ? i > 0 : i < chars.length) {
		let len = Math.min(longest, fromEnd ? i : chars.length - i);
		const at = (n: number) => (fromEnd ? chars.slice(i - n, i) : chars.slice(i, i + n)).join('');
		while (len > 1 && !known.has(at(len))) len--;
		words.push({ text: at(len), level: known.get(at(len)) ?? null });
		i += fromEnd ? -len : len;
	}
	return fromEnd ? words.reverse() : words;
}

/**
 * Cuts the Chinese runs of a text into known words by longest match from both ends, keeping the cut with
 * fewer words above `level` (then fewer words): 每天平均 is 每 天 平均, not 每 天平 均.
 */
export function cutWords(
	text: string,
	known: ReadonlyMap<string, Level>,
	level: Level = 'C2',
	longest = 8
): Word[] {
	const above = (ws: Word[]) => ws.filter((w) => rank(w.level ?? BEYOND) > rank(level)).length;
	return text
		.split(/[^\p{Script=Han}]+/u)
		.filter(Boolean)
		.flatMap((run) => {
			const chars = Array.from(run);
			const back = longestMatch(chars, known, true, longest);
			const front = longestMatch(chars, known, false, longest);
			const worse = above(front) - above(back) || front.length - back.length;
			return worse < 0 ? front : back;
		});
}

/** The words of a text above `level`; words in `own` (headword, glossed words) always pass. */
export function wordsAbove(
	text: string,
	level: Level,
	known: ReadonlyMap<string, Level>,
	own: readonly string[]
) {
	return cutWords(text, known, level).filter(
		(w) => !own.includes(w.text) && rank(w.level ?? BEYOND) > rank(level)
	);
}

export interface LevelledText {
	path: string;
	level: Level;
	text: string;
	/** the note or explanation that comes with it: a Chinese word it names is glossed for the learner */
	gloss: string;
}

/** Every Chinese text of an entry that carries a level, with its path for the report. */
export function levelledTexts(e: Entry): LevelledText[] {
	const joined = (segments: { text: string }[]) => segments.map((s) => s.text).join('');
	return [
		...e.examples.map((x, i) => ({ path: `examples[${i}]`, level: x.level, text: x.zh, gloss: x.note })),
		...e.mistakes.map((m, i) => ({
			path: `mistakes[${i}].right`,
			level: m.level,
			text: joined(m.right),
			gloss: m.explanation
		})),
		// A situation quizzes its choices, so they are its glossed words; the explanation's Chinese is checked.
		...e.situations.map((s, i) => ({
			path: `situations[${i}]`,
			level: s.level,
			text: s.explanation,
			gloss: [s.answer, ...s.wrong].join('，')
		}))
	];
}

/** One problem per item with words above its level; plus every allowance the content no longer needs. */
export function checkLevels(
	entries: readonly Entry[],
	hsk: ReadonlyMap<string, number>,
	allowances: readonly Allowance[],
	allowlistPath = 'content/level-allowlist.yaml'
): { checked: number; problems: Problem[] } {
	const known = knownWords(hsk, entries, allowances);
	const bare = knownWords(hsk, entries, []);
	const used = new Set<string>();
	const problems: Problem[] = [];
	let checked = 0;
	for (const e of entries)
		for (const item of levelledTexts(e)) {
			checked++;
			const own = [e.hanzi, ...e.forms, ...cutWords(item.gloss, known).map((w) => w.text)];
			for (const w of cutWords(item.text, known, item.level)) {
				const without = bare.get(w.text);
				if (!own.includes(w.text) && rank(without ?? BEYOND) > rank(item.level)) used.add(w.text);
			}
			const above = wordsAbove(item.text, item.level, known, own);
			if (above.length === 0) continue;
			const list = above.map((w) => `${w.text} (${w.level ?? 'beyond HSK 3.0'})`).join(', ');
			problems.push({
				file: `content/entries/${e.id}.yaml`,
				path: item.path,
				message: `${list} above ${item.level} in "${item.text}": use simpler words, raise the level, or allow the word with a reason in ${allowlistPath}`
			});
		}
	allowances.forEach((a, i) => {
		if (!used.has(a.word))
			problems.push({
				file: allowlistPath,
				path: `[${i}]`,
				message: `${a.word} is allowed but no item needs it`
			});
	});
	return { checked, problems };
}

/** An entry's `hsk` field is its headword's HSK 3.0 level (7 for the 7–9 band), absent when in no list. */
export function checkHskFields(entries: readonly Entry[], hsk: ReadonlyMap<string, number>): Problem[] {
	return entries.flatMap((e): Problem[] => {
		const listed = hsk.get(e.hanzi);
		if (e.hsk === listed) return [];
		const message =
			listed === undefined
				? `${e.hanzi} is in no HSK 3.0 list: leave hsk out`
				: `${e.hanzi} is HSK ${listed === 7 ? '7–9 (write 7)' : listed} in the HSK 3.0 list, not ${e.hsk ?? 'unset'}`;
		return [{ file: `content/entries/${e.id}.yaml`, path: 'hsk', message }];
	});
}
