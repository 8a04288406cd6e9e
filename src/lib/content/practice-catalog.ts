/** Build-time view of the practice content, for prerendered pages: how much each word can be practised. */
import practiceJson from './generated/practice.json';
import { contentForEntry } from '$lib/domain/practice/run';
import type { PracticeContent } from '$lib/domain/practice/sources';
import { allSummaries } from './catalog';

const PRACTICE = practiceJson as unknown as PracticeContent;

export interface PracticeSet {
	id: string;
	hanzi: string;
	gloss: string;
	drills: number;
	quizzes: number;
}

/** Drill and quiz items per word, in word-list order, leaving out words with neither. */
export function practiceSets(): PracticeSet[] {
	return allSummaries().flatMap((s) => {
		const c = contentForEntry(PRACTICE, s.id);
		const drills = c.drills.length + c.situations.filter((x) => x.kind === 'register').length;
		const quizzes = c.quizzes.length + c.situations.filter((x) => x.kind === 'word').length;
		return drills + quizzes > 0 ? [{ id: s.id, hanzi: s.hanzi, gloss: s.gloss, drills, quizzes }] : [];
	});
}
