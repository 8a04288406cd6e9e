/**
 * Chooses what a run asks: due items first, then weak ones, then new ones, about ten in all, and
 * spreads the question types so one run mixes them.
 */
import { cardId } from '../cards/card-id';
import type { Material } from './question-type';
import type { Question } from './questions';
import { seededRandom, shuffled, type Random } from './random';
import { buildQuestion, typesFor } from './registry';
import type { PracticeContent } from './sources';

/** Questions in a run. */
export const RUN_SIZE = 10;
/** Measure-word questions in a drill run, unless nothing else is left to ask. */
export const MEASURES_PER_RUN = 3;

/** The parts of a card's FSRS state that choosing needs (a CardRow fits). */
export interface CardStateView {
	due: number;
	state: 0 | 1 | 2 | 3;
	lapses: number;
	stability: number;
}

export interface RunOptions {
	/** card id → stored state; cards never answered are absent */
	states: ReadonlyMap<string, CardStateView>;
	/** items with mistakes still in the notebook */
	weak: ReadonlySet<string>;
	/** epoch ms */
	now: number;
	seed: number;
	size?: number;
}

interface Candidate {
	itemId: string;
	cardId: string;
}

/** Ranks candidates: due (most overdue first), weak, new (in random order), then the rest by due date. */
export function rankCandidates<C extends Candidate>(
	candidates: readonly C[],
	options: RunOptions,
	random: Random
): C[] {
	const tier = (c: C): number => {
		const s = options.states.get(c.cardId);
		if (s && s.state !== 0 && s.due <= options.now) return 0;
		if (options.weak.has(c.itemId) || (s && (s.lapses > 0 || s.state === 1 || s.state === 3))) return 1;
		if (!s || s.state === 0) return 2;
		return 3;
	};
	const keyed = shuffled(candidates, random).map((c) => ({
		c,
		tier: tier(c),
		due: options.states.get(c.cardId)?.due ?? 0
	}));
	keyed.sort((a, b) => a.tier - b.tier || (a.tier === 2 ? 0 : a.due - b.due));
	return keyed.map((k) => k.c);
}

/** Picks the type used least so far in this run among those an item supports (ties at random). */
function leastUsed<T extends string>(supported: readonly T[], used: Map<string, number>, random: Random): T {
	const fewest = Math.min(...supported.map((t) => used.get(t) ?? 0));
	const options = supported.filter((t) => (used.get(t) ?? 0) === fewest);
	const type = options[Math.floor(random() * options.length)] ?? supported[0]!;
	used.set(type, (used.get(type) ?? 0) + 1);
	return type;
}

type Template = 'drill' | 'quiz';

/** The item a material is progress for: a collocation, a situation or a learner error. */
function itemOf(m: Material): string {
	if (m.from === 'drill') return m.drill.id;
	if (m.from === 'quiz') return m.quiz.id;
	if (m.from === 'situation') return m.situation.id;
	return m.itemId;
}

const candidate = (material: Material, template: Template) => ({
	material,
	itemId: itemOf(material),
	cardId: cardId(itemOf(material), template)
});

/** The first `size` items, with at most `limit.max` of the limited kind while others remain. */
function capped<T>(
	ranked: readonly T[],
	size: number,
	limit?: { applies: (item: T) => boolean; max: number }
): T[] {
	if (!limit) return ranked.slice(0, size);
	const kept = ranked.filter((item) => !limit.applies(item));
	const limited = ranked.filter((item) => limit.applies(item));
	const take = Math.max(limit.max, size - kept.length);
	const allowed = new Set(limited.slice(0, take));
	return ranked.filter((item) => !limit.applies(item) || allowed.has(item)).slice(0, size);
}

/**
 * A run: the materials ranked by what is due or weak, cut to size, each asked through the type its
 * material supports that the run has used least so far.
 */
function buildRun(
	materials: readonly Material[],
	template: Template,
	options: RunOptions,
	limit?: { applies: (m: Material) => boolean; max: number }
): Question[] {
	const random = seededRandom(options.seed);
	const ranked = rankCandidates(
		materials.map((m) => candidate(m, template)),
		options,
		random
	);
	const chosen = capped(
		ranked,
		options.size ?? RUN_SIZE,
		limit && { applies: (c) => limit.applies(c.material), max: limit.max }
	);
	const used = new Map<string, number>();
	return chosen.map(({ material }) =>
		buildQuestion(leastUsed(typesFor(material), used, random), material, random)
	);
}

/** A drill run over the given collocations and register situations (all of them for "mixed"). */
export function buildDrillRun(
	content: Pick<PracticeContent, 'drills' | 'situations'>,
	options: RunOptions
): Question[] {
	const materials: Material[] = [
		...content.drills.map((drill) => ({
			from: 'drill' as const,
			drill,
			pool: content.drills.filter((d) => d.id !== drill.id)
		})),
		...content.situations
			.filter((s) => s.kind === 'register')
			.map((situation) => ({ from: 'situation' as const, situation }))
	];
	return buildRun(materials, 'drill', options, {
		applies: (m) => m.from === 'drill' && m.drill.measure === true,
		max: MEASURES_PER_RUN
	});
}

/** A quiz run over the given mistake pairs and word situations. */
export function buildQuizRun(
	content: Pick<PracticeContent, 'quizzes' | 'situations'>,
	options: RunOptions
): Question[] {
	const materials: Material[] = [
		...content.quizzes.map((quiz) => ({ from: 'quiz' as const, quiz })),
		...content.situations
			.filter((s) => s.kind === 'word')
			.map((situation) => ({ from: 'situation' as const, situation }))
	];
	return buildRun(materials, 'quiz', options);
}

/** The practice content of one word: its collocations (or ones naming it), mistakes and situations. */
export function contentForEntry(content: PracticeContent, entryId: string): PracticeContent {
	return {
		drills: content.drills.filter((d) => d.words.includes(entryId)),
		situations: content.situations.filter((s) => s.entryId === entryId),
		quizzes: content.quizzes.filter((q) => q.entryId === entryId)
	};
}
