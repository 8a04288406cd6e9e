/** "Retry my mistakes": a quiz made from the active notebook, each item asked until it can clear. */
import type { Material } from '../practice/question-type';
import type { Question } from '../practice/questions';
import { seededRandom, type Random } from '../practice/random';
import { buildQuestion, typesFor } from '../practice/registry';
import { RUN_SIZE } from '../practice/run';
import type { PracticeContent, WordSource } from '../practice/sources';
import { retryPlan, type NotebookItem } from './notebook';

/** What a notebook item is asked from: its collocation, mistake or situation, or the word missed on a card. */
function materialFor(
	item: NotebookItem,
	content: PracticeContent,
	words: ReadonlyMap<string, WordSource>
): Material | null {
	const quiz = content.quizzes.find((q) => q.id === item.itemId);
	if (quiz) return { from: 'quiz', quiz };
	const drill = content.drills.find((d) => d.id === item.itemId);
	// Alone, without partners: a retry asks about this collocation only.
	if (drill) return { from: 'drill', drill, pool: [] };
	const situation = content.situations.find((s) => s.id === item.itemId);
	if (situation) return { from: 'situation', situation };
	const word = words.get(item.itemId);
	const last = item.mistakes[0];
	if (!word || !last) return null;
	return {
		from: 'word',
		word,
		cardId: last.cardId,
		itemId: item.itemId,
		entryId: item.entryId,
		tones: item.kinds.includes('tone'),
		words: [...words.values()]
	};
}

/** The n-th question for a notebook item, rotating through its types, or null when the content no longer has it. */
function questionFor(
	item: NotebookItem,
	round: number,
	content: PracticeContent,
	words: ReadonlyMap<string, WordSource>,
	random: Random
): Question | null {
	const material = materialFor(item, content, words);
	if (!material) return null;
	const types = typesFor(material);
	const type = types[round % types.length];
	return type ? buildQuestion(type, material, random) : null;
}

/** Questions for the active notebook: each item up to the answers it still needs, at most `size`. */
export function buildRetryRun(
	items: readonly NotebookItem[],
	content: PracticeContent,
	words: ReadonlyMap<string, WordSource>,
	seed: number,
	size = RUN_SIZE
): Question[] {
	const random = seededRandom(seed);
	const rounds = new Map<string, number>();
	return retryPlan(items, size).flatMap((item) => {
		const round = rounds.get(item.itemId) ?? 0;
		rounds.set(item.itemId, round + 1);
		const q = questionFor(item, round, content, words, random);
		return q ? [q] : [];
	});
}
