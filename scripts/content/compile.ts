/**
 * The content compiler: YAML sources in, validated and typed entries out. Pure apart from the
 * pinyin reader it is given, so tests can run it on in-memory files.
 */
import { parseDocument } from 'yaml';
import * as v from 'valibot';
import { EntrySchema, LEVELS, PinyinOverridesSchema, type EntrySource } from '../../src/lib/content/schema';
import type { Entry, Segment } from '../../src/lib/content/types';
import { ContentError, formatPath, type Problem } from './problems';
import type { PinyinReader } from './pinyin-reader';
import { segmentSentence } from './segment';
import { checkDrill, checkMistakeFix, checkSituation, splitTiles } from './practice-checks';
import { numbered, type Reading } from './reading-check';
import { cedictLookup } from './cedict';
import { joinWords, type IsWord } from './word-pinyin';
import { checkParts, compileCharacters, compileMeasure, compileNotes } from './entry-parts';

export interface SourceFile {
	/** Path shown in error messages, e.g. content/entries/kefu.yaml */
	path: string;
	text: string;
}

const HEADWORD_EXAMPLES_PER_LEVEL = 3;
/** Business words CC-CEDICT lacks, written joined in pinyin (shòuhòu fúwù). */
export const JOINED_WORDS = new Set([
	'售后',
	'获客',
	'拉新',
	'私域',
	'复购',
	'好评',
	'差评',
	'客单',
	'保护法',
	'工单号'
]);

/**
 * CC-CEDICT words that are rare or literary and, joined, would swallow parts of two of our words:
 * 我等 "we" (那我等你), 点见 "check an amount" (十点见), 里人 "fellow villager" (家里人), 日内 "in a few
 * days" (工作日内).
 */
export const UNJOINED_WORDS = new Set(['我等', '点见', '里人', '日内']);

/**
 * The word check of the word-joined pinyin: an entry's headword or form, a business word CC-CEDICT
 * lacks, or a CC-CEDICT word read as the dictionary reads it, so 要是 yàoshi is no word in 主要是
 * (zhǔyào shì) and 没收 mòshōu none in 没收到 (méi shōudào).
 */
export function wordCheck(dictionary: ReadonlyMap<string, string>): IsWord {
	return (w, syllables) =>
		dictionary.has(w) ||
		JOINED_WORDS.has(w) ||
		(!UNJOINED_WORDS.has(w) && (cedictLookup(w)?.includes(numbered(Array.from(w), syllables)) ?? false));
}

export function parseYaml(file: SourceFile, problems: Problem[]): unknown {
	const doc = parseDocument(file.text, { prettyErrors: true, uniqueKeys: true });
	if (doc.errors.length > 0) {
		for (const error of doc.errors) {
			const [line, col] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [0, 0];
			problems.push({
				file: file.path,
				path: '',
				message: `YAML syntax error at line ${line}, column ${col}: ${error.message.split('\n')[0]}`
			});
		}
		return undefined;
	}
	return doc.toJS();
}

export function validate<S extends v.GenericSchema>(
	schema: S,
	data: unknown,
	file: string,
	problems: Problem[]
): v.InferOutput<S> | undefined {
	const result = v.safeParse(schema, data);
	if (result.success) return result.output;
	for (const issue of result.issues) {
		const keys = (issue.path ?? []).map((p) => p.key as string | number);
		problems.push({ file, path: formatPath(keys), message: describeIssue(issue) });
	}
	return undefined;
}

/** Words an author can act on: "unknown field", or what was expected and what was found. */
function describeIssue(issue: v.BaseIssue<unknown>): string {
	if (issue.type === 'strict_object') return 'unknown field (check the spelling against content/README.md)';
	if (issue.message.startsWith('Invalid '))
		return `expected ${issue.expected ?? 'a value'}, got ${issue.received}`;
	return `${issue.message}, got ${issue.received}`;
}

/** Parses the phrase-reading overrides file, or returns {} when there is none. */
export function readOverrides(file: SourceFile | null, problems: Problem[]): Record<string, string> {
	if (!file) return {};
	const data = parseYaml(file, problems);
	if (data === undefined || data === null) return {};
	return validate(PinyinOverridesSchema, data, file.path, problems) ?? {};
}

interface Parsed {
	file: string;
	source: EntrySource;
}

function checkEntry({ file, source }: Parsed, problems: Problem[]): void {
	const stem = file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
	if (source.id !== stem) {
		problems.push({
			file,
			path: 'id',
			message: `expected "${stem}" to match the file name, got "${source.id}"`
		});
	}
	const spellings = [source.hanzi, ...source.forms];
	const contains = (s: string) => spellings.some((w) => s.includes(w));
	const need = `expected the sentence to contain ${spellings.map((w) => `"${w}"`).join(' or ')}`;
	source.examples.forEach((ex, i) => {
		if (!contains(ex.zh)) problems.push({ file, path: `examples[${i}].zh`, message: need });
	});
	source.collocations.forEach((c, i) => {
		if (!contains(c.zh)) problems.push({ file, path: `collocations[${i}].zh`, message: need });
		if (!c.id.startsWith(`${source.id}.`))
			problems.push({
				file,
				path: `collocations[${i}].id`,
				message: `expected the id to start with "${source.id}."`
			});
		if (c.drill) checkDrill(c.zh, c.drill, `collocations[${i}].drill`, file, problems);
	});
	source.situations.forEach((s, i) => checkSituation(s, source.id, `situations[${i}]`, file, problems));
	checkParts(source, file, problems);
	source.mistakes.forEach((m, i) => {
		if (!contains(m.right)) problems.push({ file, path: `mistakes[${i}].right`, message: need });
		if (m.wrong === m.right)
			problems.push({
				file,
				path: `mistakes[${i}].wrong`,
				message: 'expected the wrong sentence to differ from the right one'
			});
		if (!m.id.startsWith(`${source.id}.`))
			problems.push({
				file,
				path: `mistakes[${i}].id`,
				message: `expected the id to start with "${source.id}."`
			});
		checkMistakeFix(m, `mistakes[${i}]`, file, problems);
	});
	if (source.tags.includes('headword')) {
		for (const level of LEVELS) {
			if (!source.guidance[level])
				problems.push({
					file,
					path: `guidance.${level}`,
					message: 'expected guidance for every level on a headword'
				});
			const count = source.examples.filter((e) => e.level === level).length;
			if (count < HEADWORD_EXAMPLES_PER_LEVEL)
				problems.push({
					file,
					path: 'examples',
					message: `expected at least ${HEADWORD_EXAMPLES_PER_LEVEL} ${level} examples on a headword, got ${count}`
				});
		}
	}
}

function checkReferences(parsed: Parsed[], problems: Problem[]): void {
	const seen = new Map<string, string>();
	const claim = (id: string, file: string, path: string) => {
		const first = seen.get(id);
		if (first) problems.push({ file, path, message: `duplicate id "${id}", first used in ${first}` });
		else seen.set(id, file);
	};
	for (const { file, source } of parsed) {
		claim(source.id, file, 'id');
		source.collocations.forEach((c, i) => claim(c.id, file, `collocations[${i}].id`));
		source.mistakes.forEach((m, i) => claim(m.id, file, `mistakes[${i}].id`));
		source.situations.forEach((s, i) => claim(s.id, file, `situations[${i}].id`));
	}
	const entryIds = new Set(parsed.map((p) => p.source.id));
	const ref = (id: string | undefined, file: string, path: string) => {
		if (id !== undefined && !entryIds.has(id))
			problems.push({ file, path, message: `unknown entry id "${id}"` });
	};
	for (const { file, source } of parsed) {
		source.related.forEach((id, i) => ref(id, file, `related[${i}]`));
		source.collocations.forEach((c, i) => ref(c.entry, file, `collocations[${i}].entry`));
		source.contrasts.forEach((c, i) => ref(c.entry, file, `contrasts[${i}].entry`));
	}
}

/** Compiles entry sources into typed entries, or throws a ContentError listing every problem. */
export function compileContent(
	entryFiles: SourceFile[],
	overridesFile: SourceFile | null,
	makeReader: (overrides: Record<string, string>) => PinyinReader,
	/** receives every compiled text with its syllables, for the dictionary check */
	readings: Reading[] = []
): Entry[] {
	const problems: Problem[] = [];
	const overrides = readOverrides(overridesFile, problems);
	const parsed: Parsed[] = [];
	for (const file of entryFiles) {
		const data = parseYaml(file, problems);
		if (data === undefined) continue;
		const source = validate(EntrySchema, data, file.path, problems);
		if (source) parsed.push({ file: file.path, source });
	}
	parsed.forEach((p) => checkEntry(p, problems));
	checkReferences(parsed, problems);
	if (problems.length > 0) throw new ContentError(problems);

	const read = makeReader(overrides);
	const dictionary = new Map<string, string>();
	for (const { source } of parsed)
		for (const w of [source.hanzi, ...source.forms]) dictionary.set(w, source.id);
	const longest = Math.max(...Array.from(dictionary.keys(), (w) => Array.from(w).length));

	const syllablesOf = (text: string, override: string | undefined, file: string, path: string): string[] => {
		const generated = read(text);
		if (!override) return generated;
		const given = override.split(' ');
		const hanCount = generated.filter((s) => s !== '').length;
		if (given.length !== hanCount) {
			problems.push({
				file,
				path,
				message: `expected ${hanCount} syllables, one per Chinese character, got ${given.length}`
			});
			return generated;
		}
		let k = 0;
		return generated.map((s) => (s === '' ? '' : (given[k++] ?? s)));
	};
	const segment = (text: string, syllables: string[], file: string, path: string): Segment[] => {
		readings.push({ file, path, text, syllables });
		return segmentSentence(text, syllables, dictionary, longest);
	};
	const sentence = (text: string, file: string, path: string) => segment(text, read(text), file, path);
	const isWord = wordCheck(dictionary);
	const spaced = (text: string, file: string, path: string) => {
		const syllables = read(text);
		readings.push({ file, path, text, syllables });
		return { pinyin: syllables.filter(Boolean).join(' '), reading: joinWords(text, syllables, isWord) };
	};
	// The slot's syllables as read inside the collocation, so a polyphone gets its reading in context.
	const slotSyllables = (zh: string, slot: string) => {
		const start = Array.from(zh.slice(0, zh.indexOf(slot))).length;
		return read(zh)
			.slice(start, start + Array.from(slot).length)
			.filter(Boolean);
	};

	const entries = parsed.map(({ file, source }): Entry => {
		const headword = syllablesOf(source.hanzi, source.pinyin, file, 'pinyin');
		readings.push({ file, path: `hanzi`, text: source.hanzi, syllables: headword });
		const pinyin = headword.filter(Boolean);
		return {
			id: source.id,
			hanzi: source.hanzi,
			pinyin,
			reading: joinWords(source.hanzi, headword, isWord),
			pos: source.pos,
			level: source.level,
			...(source.hsk !== undefined && { hsk: source.hsk }),
			gloss: source.gloss,
			register: source.register,
			...(source.registerNote !== undefined && { registerNote: source.registerNote }),
			tags: source.tags,
			forms: source.forms,
			related: source.related,
			guidance: source.guidance,
			...(source.measure && {
				measure: compileMeasure(source.measure, source.hanzi, (t, p) => spaced(t, file, p).pinyin.split(' '))
			}),
			characters: compileCharacters(source, headword, (t, p) => spaced(t, file, p).reading),
			notes: compileNotes(source),
			examples: source.examples.map((ex, i) => ({
				level: ex.level,
				zh: ex.zh,
				en: ex.en,
				note: ex.note,
				segments: segment(
					ex.zh,
					syllablesOf(ex.zh, ex.pinyin, file, `examples[${i}].pinyin`),
					file,
					`examples[${i}]`
				)
			})),
			collocations: source.collocations.map((c, i) => ({
				id: c.id,
				entryId: source.id,
				zh: c.zh,
				...spaced(c.zh, file, `collocations[${i}]`),
				type: c.type,
				en: c.en,
				level: c.level,
				...(c.entry !== undefined && { partnerId: c.entry }),
				...(c.drill && {
					drill: {
						slot: c.drill.slot,
						slotPinyin: slotSyllables(c.zh, c.drill.slot),
						wrong: c.drill.wrong,
						also: c.drill.also,
						...(c.drill.note !== undefined && { note: c.drill.note }),
						...(c.drill.sentence && {
							sentence: { tiles: splitTiles(c.drill.sentence.tiles), en: c.drill.sentence.en }
						})
					}
				})
			})),
			mistakes: source.mistakes.map((m, i) => ({
				id: m.id,
				entryId: source.id,
				kind: m.kind,
				level: m.level,
				wrong: sentence(m.wrong, file, `mistakes[${i}].wrong`),
				right: sentence(m.right, file, `mistakes[${i}].right`),
				reading: joinWords(m.right, read(m.right), isWord),
				explanation: m.explanation,
				...(m.error !== undefined && { error: m.error }),
				...(m.fix !== undefined && { fix: m.fix })
			})),
			contrasts: source.contrasts.map((c, i) => ({
				word: c.word,
				reading: spaced(c.word, file, `contrasts[${i}]`).reading,
				...(c.entry !== undefined && { entryId: c.entry }),
				explanation: c.explanation
			})),
			situations: source.situations
		};
	});
	if (problems.length > 0) throw new ContentError(problems);
	return entries.sort((a, b) => a.id.localeCompare(b.id));
}
