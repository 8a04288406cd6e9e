/**
 * The repositories a study session records through: the app's one answer path. Their code loads on
 * first use; while nothing is stored, reading cards and answers needs none of it.
 */
import type { SessionStore } from '../runes/review-session.svelte';
import { storedOr } from './nothing-stored';

const repository = () => import('$lib/data/review-repository');

export const studyStore: SessionStore = {
	sessionStart: (ids, since, until) =>
		storedOr({ rows: ids.map(() => undefined), today: [] }, async () =>
			(await repository()).sessionStartRows(ids, since, until)
		),
	reviewsSince: (since, until) => storedOr([], async () => (await repository()).reviewsSince(since, until)),
	recordAnswer: async (input, settings) => (await repository()).recordAnswer(input, settings),
	undoAnswer: async (reviewId, settings) => (await repository()).undoAnswer(reviewId, settings),
	setSuspended: async (ids, suspended, now) => (await repository()).setSuspended(ids, suspended, now),
	bury: async (ids, until, now) => (await repository()).bury(ids, until, now),
	restoreFlags: async (before) => (await repository()).restoreFlags(before)
};

/**
 * Loads the answer path's code once the browser is idle, ahead of the first answer, so that answer
 * does not wait for it.
 */
export function warmStudyStore(): void {
	const load = () => void repository();
	if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 2000 });
	else setTimeout(load, 0);
}
