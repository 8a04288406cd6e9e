/** Match words to frames: a collocation and partners whose words fit no frame but their own. */
import { drillCardId } from '../../cards/card-id';
import { gradeMatch } from '../grading';
import type { QuestionTypeSpec } from '../question-type';
import type { MatchQuestion } from '../questions';
import { shuffled, type Random } from '../random';
import type { DrillSource } from '../sources';
import { collocationBase } from './collocation';

/** How many pairs a match question shows. */
export const MATCH_SIZE = 4;

/** Whether `word` is taught as right in the frame of `d`. */
function fits(word: string, d: DrillSource): boolean {
	return d.valid.includes(word);
}

/**
 * `d` and up to MATCH_SIZE − 1 partners from `pool` whose words fit no frame but their own, so
 * exactly one matching is right. Null when no such partners exist.
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
		...collocationBase(d),
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

export const MATCH: QuestionTypeSpec<'drill'> = {
	from: 'drill',
	modes: ['match'],
	asks: ({ drill, pool }) => !drill.measure && pool.filter((p) => !p.measure).length >= 3,
	build: ({ drill, pool }, random) => matchPairs(drill, pool, random),
	grade: gradeMatch
};
