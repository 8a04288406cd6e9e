/** Builds drill questions from the content's collocation slots and register situations. */
import { drillCardId, quizCardId } from '../cards/card-id';
import type {
	ChoiceQuestion,
	DrillType,
	MatchQuestion,
	OrderQuestion,
	Question,
	TypedQuestion
} from './questions';
import { scrambled, shuffled, type Random } from './random';
import type { DrillSource, SituationSource } from './sources';
import { MEASURE_CHOICES } from './measure';

/** The card a collocation's or a register situation's drill answers are recorded on. */

/** How many pairs a match question shows. */
export const MATCH_SIZE = 4;

function explain(d: DrillSource): Question['explanation'] {
	return { zh: d.zh, pinyin: d.pinyin, en: d.note ? `${d.en}. ${d.note}` : d.en };
}

function base(d: DrillSource) {
	return { cardId: drillCardId(d.id), itemId: d.id, entryId: d.entryId, en: d.en, explanation: explain(d) };
}

/** Options with the right one at a random place; returns the options and the answer's index. */
export function withAnswer(
	answer: string,
	wrong: readonly string[],
	random: Random
): { options: string[]; answer: number } {
	const options = shuffled([answer, ...wrong], random);
	return { options, answer: options.indexOf(answer) };
}

/** "Which word goes with 客户关系?": the slot among the known-wrong partners. */
export function chooseCollocate(d: DrillSource, random: Random): ChoiceQuestion {
	return {
		...base(d),
		type: 'choose-collocate',
		kind: 'collocation',
		mode: 'choose',
		before: d.before,
		after: d.after,
		...withAnswer(d.slot, d.wrong, random)
	};
}

/** The gap: in the drill's sentence when it has one, else in the collocation itself. */
function gapOf(d: DrillSource): { before: string; after: string; en: string } {
	const s = d.sentence;
	if (!s) return { before: d.before, after: d.after, en: d.en };
	return { before: s.tiles.slice(0, s.gap).join(''), after: s.tiles.slice(s.gap + 1).join(''), en: s.en };
}

export type GapMode = 'choose' | 'hanzi' | 'pinyin';

/** Fill the gap, by choosing, by typing characters, or by typing pinyin. */
export function fillGap(d: DrillSource, mode: GapMode, random: Random): ChoiceQuestion | TypedQuestion {
	const gap = gapOf(d);
	const common = { ...base(d), type: 'fill-gap' as const, kind: 'collocation' as const, ...gap };
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
		...(mode === 'pinyin' && { syllables: d.slotPinyin, sentence: d.slot })
	};
}

/** Build the drill's sentence from its tiles, scrambled. */
export function buildSentence(d: DrillSource, random: Random): OrderQuestion | null {
	if (!d.sentence) return null;
	return {
		...base(d),
		type: 'build-sentence',
		kind: 'word-order',
		mode: 'order',
		en: d.sentence.en,
		tiles: scrambled(d.sentence.tiles, random),
		answer: d.sentence.tiles.join(''),
		explanation: { zh: d.sentence.tiles.join(''), en: d.sentence.en }
	};
}

/** Whether `word` is taught as right in the frame of `d`. */
function fits(word: string, d: DrillSource): boolean {
	return d.valid.includes(word);
}

/**
 * Match words to frames: `d` and up to MATCH_SIZE − 1 partners from `pool` whose words fit no frame
 * but their own, so exactly one matching is right. Null when no such partners exist.
 */
export function matchPairs(
	d: DrillSource,
	pool: readonly DrillSource[],
	random: Random
): MatchQuestion | null {
	const chosen: DrillSource[] = [d];
	for (const p of shuffled(
		pool.filter((x) => !x.measure),
		random
	)) {
		if (chosen.length === MATCH_SIZE) break;
		const clash = chosen.some(
			(c) => c.slot === p.slot || c.zh === p.zh || fits(p.slot, c) || fits(c.slot, p)
		);
		if (!clash) chosen.push(p);
	}
	if (chosen.length < 3) return null;
	const frames = shuffled(chosen, random);
	const words = shuffled(
		chosen.map((c) => c.slot),
		random
	);
	return {
		...base(d),
		type: 'match',
		kind: 'collocation',
		mode: 'match',
		en: undefined,
		pairs: frames.map((c) => ({
			cardId: drillCardId(c.id),
			itemId: c.id,
			slot: c.slot,
			before: c.before,
			after: c.after
		})),
		words,
		answer: frames.map((c) => words.indexOf(c.slot)),
		valid: words.map((w) => frames.map((c) => fits(w, c))),
		explanation: {
			zh: frames.map((c) => c.zh).join('，'),
			en: frames.map((c) => `${c.zh}: ${c.en}`).join('; ')
		}
	};
}

/** 一 _ 客户: the noun's usual measure word among a few classifiers it never takes. */
export function chooseMeasure(d: DrillSource, random: Random): ChoiceQuestion {
	return {
		...base(d),
		type: 'choose-measure',
		kind: 'collocation',
		mode: 'choose',
		before: d.before,
		after: d.after,
		...withAnswer(d.slot, shuffled(d.wrong, random).slice(0, MEASURE_CHOICES), random)
	};
}

/**
 * A situation question: the phrase that fits it among ones that do not. A register situation is a
 * drill (pick the register); a near-synonym one is a quiz (the right word).
 */
export function situationQuestion(s: SituationSource, random: Random): ChoiceQuestion {
	return {
		type: s.kind === 'register' ? 'pick-register' : 'right-word',
		cardId: s.kind === 'register' ? drillCardId(s.id) : quizCardId(s.id),
		itemId: s.id,
		entryId: s.entryId,
		kind: s.kind === 'register' ? 'register' : 'near-synonym',
		mode: 'choose',
		en: s.situation,
		explanation: { zh: s.answer, en: s.explanation },
		...withAnswer(s.answer, s.wrong, random)
	};
}

/** The drill types a collocation can be asked through. */
export function drillTypesFor(d: DrillSource, pool: readonly DrillSource[]): DrillType[] {
	if (d.measure) return ['choose-measure'];
	const types: DrillType[] = ['choose-collocate', 'fill-gap'];
	if (d.sentence) types.push('build-sentence');
	if (pool.filter((p) => !p.measure).length >= 3) types.push('match');
	return types;
}

/** One drill question of the given type for a collocation; falls back to choosing when a type cannot be built. */
export function drillQuestion(
	d: DrillSource,
	type: DrillType,
	pool: readonly DrillSource[],
	random: Random
): Question {
	switch (type) {
		case 'choose-measure':
			return chooseMeasure(d, random);
		case 'match':
			return matchPairs(d, pool, random) ?? chooseCollocate(d, random);
		case 'build-sentence':
			return buildSentence(d, random) ?? fillGap(d, 'choose', random);
		case 'fill-gap': {
			const modes: GapMode[] = ['choose', 'hanzi', 'pinyin'];
			return fillGap(d, modes[Math.floor(random() * modes.length)] ?? 'choose', random);
		}
		default:
			return chooseCollocate(d, random);
	}
}
