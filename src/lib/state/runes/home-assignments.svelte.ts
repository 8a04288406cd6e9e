/** The home screen's accepted assignments, read once the page is up. */
import { storedSchemaVersion } from '$lib/data/stored-database';
import type { HomeAssignment, LiveQuery } from '../loaders/home-assignments';

export type { HomeAssignment } from '../loaders/home-assignments';

export class HomeAssignmentList {
	#live = $state.raw<LiveQuery<HomeAssignment[]> | null>(null);

	/**
	 * Starts reading, in the browser. The database and scheduler stay out of the home page's first
	 * load; a browser that has stored nothing has accepted no assignment, so it loads neither.
	 */
	start(): void {
		void storedSchemaVersion()
			.then((version) => (version === null ? null : import('../loaders/home-assignments')))
			.then((loader) => {
				if (loader) this.#live = new loader.LiveQuery(() => loader.homeAssignments(Date.now()));
			});
	}

	/** The assignments with their progress; empty until read. */
	get current(): HomeAssignment[] {
		return this.#live?.current ?? [];
	}
}
