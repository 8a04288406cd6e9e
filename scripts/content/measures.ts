/**
 * "Choose the measure word" items compiled from each noun's `measure` field, with the check that
 * every classifier the content puts before a noun (一张优惠券, 这位客户) is one its entry lists.
 */
import type { Entry, Segment } from '../../src/lib/content/types';
import type { DrillSource } from '../../src/lib/domain/practice/sources';
import {
	CLASSIFIERS,
	COUNT_PREFIX,
	DISTRACTOR_POOL,
	MEASURE_CHOICES
} from '../../src/lib/domain/practice/measure';
import type { Problem } from './problems';

const text = (segments: readonly Segment[]) => segments.map((s) => s.text).join('');
const CLASSIFIER_SET: ReadonlySet<string> = new Set(CLASSIFIERS);
/** Nouns a headword often modifies: in 一份客户记录 the 份 counts 记录, not 客户. */
const HEADS = /^(?:记录|规则|系统|名单|数据|信息|资料|档案|方案|策略|问卷|报告|群|活动|软件|平台)/u;

/** Every Chinese text an entry shows as right: examples, collocations, right sentences, drill sentences. */
function rightTexts(e: Entry): string[] {
	return [
		...e.examples.map((x) => x.zh),
		...e.collocations.map((c) => c.zh),
		...e.collocations.flatMap((c) => (c.drill?.sentence ? [c.drill.sentence.tiles.join('')] : [])),
		...e.mistakes.map((m) => text(m.right))
	];
}

/** noun → the classifiers the content puts right before it, with where (longest noun wins). */
export function attestedMeasures(entries: readonly Entry[]): Map<string, Map<string, string>> {
	const nouns = entries.filter((e) => e.measure).map((e) => e.hanzi);
	const found = new Map<string, Map<string, string>>();
	for (const e of entries)
		for (const t of rightTexts(e)) {
			const chars = Array.from(t);
			chars.forEach((c, i) => {
				if (!CLASSIFIER_SET.has(c) || i === 0 || !COUNT_PREFIX.test(chars[i - 1] ?? '')) return;
				const rest = chars.slice(i + 1).join('');
				const noun = nouns.filter((n) => rest.startsWith(n)).sort((a, b) => b.length - a.length)[0];
				if (!noun || HEADS.test(rest.slice(noun.length))) return;
				const seen = found.get(noun) ?? new Map<string, string>();
				if (!seen.has(c)) seen.set(c, `${e.id}: ${t}`);
				found.set(noun, seen);
			});
		}
	return found;
}

/** One measure drill per noun; a problem for a classifier used in the content but not listed. */
export function measureDrills(entries: readonly Entry[], problems: Problem[]): DrillSource[] {
	const attested = attestedMeasures(entries);
	return entries.flatMap((e): DrillSource[] => {
		if (!e.measure) return [];
		const listed = e.measure.words;
		const used = attested.get(e.hanzi) ?? new Map<string, string>();
		for (const [c, where] of used)
			if (!listed.includes(c))
				problems.push({
					file: `content/entries/${e.id}.yaml`,
					path: 'measure.words',
					message: `the content counts ${e.hanzi} with "${c}" (${where}), so list "${c}" too`
				});
		const wrong = DISTRACTOR_POOL.filter((c) => !listed.includes(c) && !used.has(c));
		if (wrong.length < MEASURE_CHOICES)
			problems.push({
				file: `content/entries/${e.id}.yaml`,
				path: 'measure.words',
				message: `expected at least ${MEASURE_CHOICES} classifiers left to offer as wrong, got ${wrong.length}`
			});
		const [slot = '', ...also] = listed;
		const zh = `一${slot}${e.hanzi}`;
		// A measure collocation the author already drills (一张优惠券) is that noun's measure drill.
		if (e.collocations.some((c) => c.drill && listed.some((w) => c.zh === `一${w}${e.hanzi}`))) return [];
		return [
			{
				id: `${e.id}.measure`,
				entryId: e.id,
				words: [e.id],
				level: e.level,
				zh,
				pinyin: `yī ${e.measure.pinyin[0] ?? ''} ${e.pinyin.join(' ')}`,
				en: e.gloss.split(/[;(—]/)[0]?.trim() ?? e.gloss,
				before: '一',
				slot,
				slotPinyin: [e.measure.pinyin[0] ?? ''],
				after: e.hanzi,
				accepted: listed,
				valid: [...listed, ...[...used.keys()].filter((c) => !listed.includes(c))],
				// Every measure word fills the gap in the same role.
				sameRole: [...listed, ...[...used.keys()].filter((c) => !listed.includes(c))],
				wrong,
				...(e.measure.note !== undefined && {
					note: also.length > 0 ? `${e.measure.note} Also right: ${also.join(', ')}.` : e.measure.note
				}),
				measure: true
			}
		];
	});
}
