/**
 * The practice content (drill slots, situations, quiz items) compiled from the entries, with the
 * checks that need the whole catalogue: no wrong word may form a collocation the content teaches.
 */
import type { Entry, Segment } from '../../src/lib/content/types';
import type {
	DrillSource,
	PracticeContent,
	QuizSource,
	SituationSource
} from '../../src/lib/domain/practice/sources';
import { ContentError, type Problem } from './problems';
import { measureDrills } from './measures';

/** The longest edit a learner is asked to type out, in characters. */
const TYPEABLE_EDIT = 8;
/** The longest wrong word a learner is asked to tap. */
const TAPPABLE_ERROR = 5;

const text = (segments: readonly Segment[]) => segments.map((s) => s.text).join('');
const fileOf = (entryId: string) => `content/entries/${entryId}.yaml`;
const PUNCTUATION = /^[\p{P}\s]+$/u;

/** Every filler the content teaches for the frame before + _ + after. */
function fillersOf(before: string, after: string, collocations: readonly string[]): string[] {
	return collocations.flatMap((zh) =>
		zh.length > before.length + after.length && zh.startsWith(before) && zh.endsWith(after)
			? [zh.slice(before.length, zh.length - after.length)]
			: []
	);
}

function drillsOf(entries: readonly Entry[], problems: Problem[]): DrillSource[] {
	const collocations = entries.flatMap((e) => e.collocations);
	const taught = [...new Set(collocations.map((c) => c.zh))];
	return entries.flatMap((entry) =>
		entry.collocations.flatMap((c, i): DrillSource[] => {
			if (!c.drill) return [];
			const at = c.zh.indexOf(c.drill.slot);
			const before = c.zh.slice(0, at);
			const after = c.zh.slice(at + c.drill.slot.length);
			const valid = [...new Set([c.drill.slot, ...c.drill.also, ...fillersOf(before, after, taught)])];
			const alike = collocations.filter((other) => other.type === c.type).map((other) => other.zh);
			const sameRole = [...new Set([c.drill.slot, ...c.drill.also, ...fillersOf(before, after, alike)])];
			c.drill.wrong.forEach((w, j) => {
				if (valid.includes(w))
					problems.push({
						file: fileOf(entry.id),
						path: `collocations[${i}].drill.wrong[${j}]`,
						message: `"${before}${w}${after}" is taught as right elsewhere in the content, so "${w}" cannot be a wrong choice`
					});
			});
			const tiles = c.drill.sentence?.tiles;
			return [
				{
					id: c.id,
					entryId: entry.id,
					words: [entry.id, ...(c.partnerId !== undefined && c.partnerId !== entry.id ? [c.partnerId] : [])],
					level: c.level,
					zh: c.zh,
					pinyin: c.reading,
					en: c.en,
					before,
					slot: c.drill.slot,
					slotPinyin: c.drill.slotPinyin,
					after,
					accepted: [c.drill.slot, ...c.drill.also],
					valid,
					sameRole,
					wrong: c.drill.wrong,
					...(c.drill.note !== undefined && { note: c.drill.note }),
					...(tiles &&
						c.drill.sentence && {
							sentence: { tiles, gap: tiles.indexOf(c.drill.slot), en: c.drill.sentence.en }
						})
				}
			];
		})
	);
}

/** The one span where two sentences differ: wrong = prefix + removed + suffix, right = prefix + added + suffix. */
export function diffSpan(wrong: string, right: string): { start: number; removed: string; added: string } {
	const a = Array.from(wrong);
	const b = Array.from(right);
	let start = 0;
	while (start < a.length && start < b.length && a[start] === b[start]) start++;
	let end = 0;
	while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end])
		end++;
	return {
		start: a.slice(0, start).join('').length,
		removed: a.slice(start, a.length - end).join(''),
		added: b.slice(start, b.length - end).join('')
	};
}

const SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' });

/** Words of a sentence: the content's own words whole, the rest split by the ICU word segmenter. */
function words(segments: readonly Segment[]): string[] {
	const all = segments.flatMap((s) =>
		s.entryId ? [s.text] : Array.from(SEGMENTER.segment(s.text), (w) => w.segment)
	);
	// Spaces (between pinyin syllables) stay with the word before them, so the tiles join back exactly.
	return all.reduce<string[]>((out, w) => {
		if (w.trim() === '' && out.length > 0) out[out.length - 1] += w;
		else out.push(w);
		return out;
	}, []);
}

function cutAt(all: readonly string[], full: string, edges: readonly number[]): string[] {
	let pos = 0;
	return all.flatMap((w) => {
		const begin = full.indexOf(w, pos);
		pos = begin + w.length;
		const inner = edges.filter((e) => e > begin && e < pos).map((e) => e - begin);
		return [0, ...inner].map((c, i) => w.slice(c, inner[i] ?? w.length));
	});
}

/**
 * The wrong sentence as tiles with the edited span widened to whole words and merged into one tile;
 * `at` is that tile, or -1 when the edit only inserts.
 */
function tokensAround(
	segments: readonly Segment[],
	start: number,
	length: number,
	cut: boolean
): { tokens: string[]; at: number; from: number; to: number } {
	const full = text(segments);
	// An error the author names is cut out exactly, even from inside a longer word.
	const all = cut ? cutAt(words(segments), full, [start, start + length]) : words(segments);
	const tokens: string[] = [];
	let at = -1;
	let from = start;
	let to = start + length;
	let pos = 0;
	for (const w of all) {
		const begin = full.indexOf(w, pos);
		const end = begin + w.length;
		pos = end;
		const inside = length > 0 && begin < start + length && end > start;
		if (!inside) {
			tokens.push(w);
			continue;
		}
		if (at < 0) {
			at = tokens.length;
			tokens.push(w);
			from = Math.min(from, begin);
		} else tokens[at] += w;
		to = Math.max(to, end);
	}
	return { tokens, at, from, to };
}

function quizOf(entry: Entry, m: Entry['mistakes'][number]): QuizSource {
	const wrong = text(m.wrong);
	const right = text(m.right);
	const named = m.error !== undefined;
	const diff = named
		? { start: wrong.indexOf(m.error ?? ''), removed: m.error ?? '', added: m.fix?.[0] ?? '' }
		: diffSpan(wrong, right);
	const { tokens, at, from, to } = tokensAround(m.wrong, diff.start, diff.removed.length, named);
	// Widen the replacement by the same shared text the wrong side was widened by.
	const widen = (f: string) =>
		wrong.slice(from, diff.start) + f + wrong.slice(diff.start + diff.removed.length, to);
	const error = wrong.slice(from, to);
	const fixedByEdit = (m.fix ?? [diff.added]).map((f) => wrong.slice(0, from) + widen(f) + wrong.slice(to));
	const fixed = [...new Set([...fixedByEdit, right])].filter((s) => s !== wrong);
	const edit = Math.max(Array.from(diff.removed).length, Array.from(diff.added).length);
	const tappable =
		at >= 0 &&
		!PUNCTUATION.test(error) &&
		Array.from(error).length <= TAPPABLE_ERROR &&
		m.kind !== 'word-order';
	return {
		id: m.id,
		entryId: entry.id,
		kind: m.kind,
		level: m.level,
		wrong,
		right,
		explanation: m.explanation,
		fixed,
		typeable: named || edit <= TYPEABLE_EDIT,
		tokens: tappable ? tokens : words(m.wrong),
		...(tappable && { errorToken: at })
	};
}

function situationsOf(entries: readonly Entry[]): SituationSource[] {
	return entries.flatMap((e) => e.situations.map((s) => ({ ...s, entryId: e.id })));
}

/** The practice.json the drill and quiz screens load; throws a ContentError for a wrong word taught as right. */
export function buildPractice(entries: readonly Entry[]): PracticeContent {
	const problems: Problem[] = [];
	const drills = [...drillsOf(entries, problems), ...measureDrills(entries, problems)];
	if (problems.length > 0) throw new ContentError(problems);
	return {
		drills,
		situations: situationsOf(entries),
		quizzes: entries.flatMap((e) => e.mistakes.map((m) => quizOf(e, m)))
	};
}
