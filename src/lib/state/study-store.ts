/** The repositories a study session records through: the app's one answer path. */
import {
	bury,
	cardRows,
	recordAnswer,
	reviewsSince,
	setSuspended,
	undoLast
} from '$lib/data/review-repository';
import type { SessionStore } from './review-session.svelte';

export const studyStore: SessionStore = {
	cardRows,
	reviewsSince,
	recordAnswer,
	undoLast,
	setSuspended,
	bury
};
