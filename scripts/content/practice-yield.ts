/** Every question the practice content can yield, by type: what the tests check and the counts report. */
import {
	buildSentence,
	chooseCollocate,
	fillGap,
	matchPairs,
	situationQuestion
} from '../../src/lib/domain/drills/generate';
import type { Question } from '../../src/lib/domain/drills/questions';
import { seededRandom } from '../../src/lib/domain/drills/random';
import type { PracticeContent } from '../../src/lib/domain/drills/sources';
import { chooseCorrect, correctSentence, spotError } from '../../src/lib/domain/quizzes/generate';

/** All questions, one per item and type (and per gap mode), built with a fixed seed. */
export function everyQuestion(content: PracticeContent, seed = 1): Question[] {
	const random = seededRandom(seed);
	const drills = content.drills.flatMap((d) => [
		chooseCollocate(d, random),
		fillGap(d, 'choose', random),
		fillGap(d, 'hanzi', random),
		fillGap(d, 'pinyin', random),
		...[buildSentence(d, random), matchPairs(d, content.drills, random)].filter((q) => q !== null)
	]);
	const situations = content.situations.map((s) => situationQuestion(s, random));
	const quizzes = content.quizzes.flatMap((q) =>
		[spotError(q), chooseCorrect(q, random), correctSentence(q)].filter((x) => x !== null)
	);
	return [...drills, ...situations, ...quizzes];
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
