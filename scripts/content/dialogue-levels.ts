/**
 * The dialogue level check: a dialogue's CEFR tag must agree with its vocabulary. Its words, cut as the
 * level check cuts sentences, give a vocabulary level: the lowest level with at most a tenth of the
 * words above it. The tag may sit one level below that (a dialogue teaches some words) and two above
 * (grammar and register carry the upper levels more than words do), and no linked entry may be more
 * than one level above the tag. Words in no list (surnames, rare words) are left out of the count.
 */
import { LEVELS, type Level } from '../../src/lib/content/schema';
import type { Dialogue } from '../../src/lib/content/dialogue-schema';
import type { Entry } from '../../src/lib/content/types';
import { cutWords } from './level-check';
import type { Problem } from './problems';

/** share of a dialogue's words that may sit above its vocabulary level */
export const ABOVE_SHARE = 0.1;
const rank = (level: Level) => LEVELS.indexOf(level);

/** The lowest level with at most ABOVE_SHARE of the text's listed words above it; null with no listed words. */
export function vocabularyLevel(text: string, known: ReadonlyMap<string, Level>): Level | null {
	const levels = cutWords(text, known).flatMap((w) => (w.level ? [w.level] : []));
	if (levels.length === 0) return null;
	return (
		LEVELS.find((l) => levels.filter((w) => rank(w) > rank(l)).length <= ABOVE_SHARE * levels.length) ?? 'C2'
	);
}

/** One problem per dialogue whose tag disagrees with its words or its linked entries. */
export function checkDialogueLevels(
	dialogues: readonly Dialogue[],
	entries: readonly Entry[],
	known: ReadonlyMap<string, Level>
): Problem[] {
	const entryLevel = new Map(entries.map((e) => [e.id, e.level]));
	return dialogues.flatMap((d) => {
		const file = `content/dialogues/${d.id}.yaml`;
		const problems: Problem[] = [];
		const words = vocabularyLevel(d.lines.map((l) => l.zh).join('。'), known);
		if (words && rank(d.level) < rank(words) - 1)
			problems.push({
				file,
				path: 'level',
				message: `tagged ${d.level}, but its words are at ${words}: more than a tenth of them are above ${LEVELS[rank(words) - 1]}; use simpler words or raise the level`
			});
		if (words && rank(d.level) > rank(words) + 2)
			problems.push({
				file,
				path: 'level',
				message: `tagged ${d.level}, but its words are at ${words}: give it the words of its level or lower the level`
			});
		for (const id of d.entryIds) {
			const level = entryLevel.get(id);
			if (level && rank(level) > rank(d.level) + 1)
				problems.push({
					file,
					path: 'level',
					message: `links ${id} (${level}), more than one level above ${d.level}`
				});
		}
		return problems;
	});
}
