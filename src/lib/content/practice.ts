/**
 * Practice content for the browser: drill slots, situations and quiz items, plus the study words
 * for notebook retries. Loaded lazily, so only practice screens download it.
 */
import type { PracticeContent, WordSource } from '$lib/domain/practice/sources';
import { loadStudyContent } from './study';

export interface PracticeBundle {
	content: PracticeContent;
	/** words and collocations from the study cards, by item id */
	words: ReadonlyMap<string, WordSource>;
}

let loading: Promise<PracticeBundle> | null = null;

/** The compiled practice content (downloaded once, then cached by the service worker). */
export function loadPracticeContent(): Promise<PracticeBundle> {
	loading ??= Promise.all([import('./generated/practice.json'), loadStudyContent()]).then(
		([practice, study]) => ({
			content: practice.default as unknown as PracticeContent,
			words: new Map(
				[...study.items.values()]
					.filter((i) => i.kind !== 'mistake')
					.map((i) => [
						i.id,
						{ id: i.id, hanzi: i.hanzi, pinyin: i.pinyin, reading: i.reading, gloss: i.gloss }
					])
			)
		})
	);
	return loading;
}
