/** Fill the gap in the drill's sentence (or in the collocation), by choosing, typing characters or typing pinyin. */
import { gradeChoice, gradeTyped } from '../grading';
import { withAnswer } from '../options';
import type { QuestionTypeSpec } from '../question-type';
import type { ChoiceQuestion, TypedQuestion } from '../questions';
import type { Random } from '../random';
import type { DrillSource } from '../sources';
import { collocationBase, explain } from './collocation';

export type GapMode = 'choose' | 'hanzi' | 'pinyin';
const GAP_MODES: readonly GapMode[] = ['choose', 'hanzi', 'pinyin'];

/** The gap: in the drill's sentence when it has one, else in the collocation itself. */
function gapOf(d: DrillSource): { before: string; after: string; en: string } {
	const s = d.sentence;
	if (!s) return { before: d.before, after: d.after, en: d.en };
	return { before: s.tiles.slice(0, s.gap).join(''), after: s.tiles.slice(s.gap + 1).join(''), en: s.en };
}

export function fillGap(d: DrillSource, mode: GapMode, random: Random): ChoiceQuestion | TypedQuestion {
	const common = {
		...collocationBase(d),
		type: 'fill-gap' as const,
		kind: 'collocation' as const,
		...gapOf(d),
		filled: d.slot
	};
	const explanation = d.sentence
		? {
				zh: d.sentence.tiles.join(''),
				en: `${d.sentence.en} (${d.zh}: ${d.en})${d.note ? ` ${d.note}` : ''}`
			}
		: explain(d);
	if (mode === 'choose')
		return { ...common, explanation, mode: 'choose', ...withAnswer(d.slot, d.wrong, random) };
	return {
		...common,
		explanation,
		mode: 'type',
		script: mode,
		accepted: mode === 'hanzi' ? d.accepted : [d.slotPinyin.join(' ')],
		...(mode === 'pinyin' && { syllables: d.slotPinyin })
	};
}

const chooseOrType = { choose: gradeChoice(true), type: gradeTyped(true) };

export const FILL_GAP: QuestionTypeSpec<'drill'> = {
	from: 'drill',
	modes: ['choose', 'type'],
	asks: ({ drill }) => !drill.measure,
	build: ({ drill }, random) =>
		fillGap(drill, GAP_MODES[Math.floor(random() * GAP_MODES.length)] ?? 'choose', random),
	grade: (q, r) => (q.mode === 'type' ? chooseOrType.type(q, r) : chooseOrType.choose(q, r))
};
