/** Every question the practice content can yield, by type: what the tests check and the counts report. */
import type { Material } from '../../src/lib/domain/practice/question-type';
import type { Question } from '../../src/lib/domain/practice/questions';
import { seededRandom, type Random } from '../../src/lib/domain/practice/random';
import { buildQuestion, typesFor } from '../../src/lib/domain/practice/registry';
import type { PracticeContent } from '../../src/lib/domain/practice/sources';
import { fillGap } from '../../src/lib/domain/practice/types/fill-gap';

/** Every question a material yields: one per type it supports, and fill-gap in each of its three modes. */
function questionsOf(m: Material, random: Random): Question[] {
	return typesFor(m).flatMap((type) =>
		type === 'fill-gap' && m.from === 'drill'
			? (['choose', 'hanzi', 'pinyin'] as const).map((mode) => fillGap(m.drill, mode, random))
			: [buildQuestion(type, m, random)]
	);
}

/** All questions, one per item and type in the registry (and per gap mode), built with a fixed seed. */
export function everyQuestion(content: PracticeContent, seed = 1): Question[] {
	const random = seededRandom(seed);
	const materials: Material[] = [
		...content.drills.map((drill) => ({
			from: 'drill' as const,
			drill,
			pool: content.drills.filter((d) => d.id !== drill.id)
		})),
		...content.situations.map((situation) => ({ from: 'situation' as const, situation })),
		...content.quizzes.map((quiz) => ({ from: 'quiz' as const, quiz }))
	];
	return materials.flatMap((m) => questionsOf(m, random));
}

/** Items that can be asked through each type (fill-gap counts once per item, for its three modes). */
export function yieldByType(content: PracticeContent): Record<string, number> {
	const counts: Record<string, number> = {};
	const seen = new Set<string>();
	for (const q of everyQuestion(content)) {
		const key = `${q.type}|${q.itemId}`;
		if (seen.has(key)) continue;
		seen.add(key);
		counts[q.type] = (counts[q.type] ?? 0) + 1;
	}
	return counts;
}
