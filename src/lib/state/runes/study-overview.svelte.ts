/** The study overview: every deck with today's counts, live as answers and custom decks change. */
import { loadStudyContent } from '$lib/content/study';
import type { StudyItem } from '$lib/content/types';
import {
	customDecksForStudy,
	deleteCustomDeck,
	type CustomDeckStudy
} from '$lib/data/custom-deck-repository';
import { LiveQuery } from '$lib/data/live.svelte';
import { loadDeckLimits, loadSchedulerSettings } from '$lib/data/settings-repository';
import { studyOverview, type StudyOverview as Counts } from '$lib/data/study-repository';
import { needsCatchUp } from '$lib/domain/scheduling/catch-up';
import { simulatorDeck } from '../loaders/simulator-deck';
import { builtInDecks, type BuiltInDeck } from '../loaders/study-deck';

export interface StudyOverviewData {
	decks: BuiltInDeck[];
	custom: CustomDeckStudy[];
	counts: Counts;
	items: ReadonlyMap<string, StudyItem>;
	/** the due pile is big enough to offer a catch-up session */
	catchUp: boolean;
}

/** Every deck the learner can study at `now` (epoch ms), built the same way a session builds them. */
export async function loadStudyOverview(now: number): Promise<StudyOverviewData> {
	const [content, settings, custom, limits] = await Promise.all([
		loadStudyContent(),
		loadSchedulerSettings(),
		customDecksForStudy(),
		loadDeckLimits()
	]);
	const decks = builtInDecks(content, await simulatorDeck(content.items));
	const counts = await studyOverview([...decks, ...custom], now, settings, limits);
	return { decks, custom, counts, items: content.items, catchUp: needsCatchUp(counts.dueReviews, settings) };
}

export class StudyOverview {
	#live = new LiveQuery(() => loadStudyOverview(Date.now()));

	/** The decks and counts, or undefined until the first read arrives. */
	get current(): StudyOverviewData | undefined {
		return this.#live.current;
	}
	get error(): unknown {
		return this.#live.error;
	}

	/** Deletes a custom deck the learner imported. */
	async deleteCustomDeck(id: string): Promise<void> {
		await deleteCustomDeck(id);
	}
}
