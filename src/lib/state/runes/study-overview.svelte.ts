/** The study overview: every deck with today's counts, live as answers and custom decks change. */
import type { LiveQuery } from '$lib/data/live.svelte';
import { onDatabaseCreated, storedSchemaVersion } from '$lib/data/stored-database';
import { nothingStudiedCounts } from '$lib/domain/scheduling/study-counts';
import { DEFAULT_SCHEDULER_SETTINGS } from '$lib/domain/scheduling/types';
import type { ListedDeck, StudyOverviewData } from '../loaders/study-overview-data';

export type { ListedDeck, StudyOverviewData } from '../loaders/study-overview-data';

/**
 * The study list of a browser that never stored progress: every card new, the default limits, and
 * none of the learner's own decks yet. It needs no database, so it shows as soon as the page runs.
 */
export function freshStudyOverview(builtIn: readonly ListedDeck[], now: number): StudyOverviewData {
	return {
		decks: [...builtIn],
		custom: [],
		counts: nothingStudiedCounts(builtIn, now, DEFAULT_SCHEDULER_SETTINGS),
		catchUp: false
	};
}

export class StudyOverview {
	#live = $state<LiveQuery<StudyOverviewData> | undefined>();
	#fresh = $state<StudyOverviewData | undefined>();
	#failed = $state<unknown>(null);

	/**
	 * `builtIn` gives the content's decks, prerendered with the page. With nothing stored, the counts
	 * are known without the database, so its code does not load until a tab creates the database;
	 * otherwise it loads straight away. Reading starts once the component is in the browser.
	 */
	constructor(builtIn: () => readonly ListedDeck[]) {
		$effect(() => {
			let mounted = true;
			let stopListening = () => {};
			let connected = false;
			const connect = (): void => {
				if (connected) return;
				connected = true;
				stopListening();
				Promise.all([import('$lib/data/live.svelte'), import('../loaders/study-overview-data')])
					.then(([{ LiveQuery }, { loadStudyOverview }]) => {
						if (mounted) this.#live = new LiveQuery(() => loadStudyOverview(builtIn(), Date.now()));
					})
					.catch((error: unknown) => (this.#failed = error));
			};
			void storedSchemaVersion().then((version) => {
				if (!mounted) return;
				if (version !== null) return connect();
				this.#fresh = freshStudyOverview(builtIn(), Date.now());
				stopListening = onDatabaseCreated(connect);
				// A tab may have created it between the question and the subscription.
				void storedSchemaVersion().then((now) => {
					if (mounted && now !== null && now !== undefined) connect();
				});
			});
			return () => {
				mounted = false;
				stopListening();
			};
		});
	}

	/** The decks and counts, or undefined until the first read arrives. */
	get current(): StudyOverviewData | undefined {
		return this.#live?.current ?? this.#fresh;
	}
	get error(): unknown {
		return this.#failed ?? this.#live?.error ?? null;
	}

	/** Deletes a custom deck the learner imported. */
	async deleteCustomDeck(id: string): Promise<void> {
		const { deleteCustomDeck } = await import('../loaders/study-overview-data');
		await deleteCustomDeck(id);
	}
}
