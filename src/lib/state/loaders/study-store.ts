/** The repositories a study session records through: the app's one answer path. */
import {
	bury,
	cardRows,
	recordAnswer,
	restoreFlags,
	reviewsSince,
	setSuspended,
	undoAnswer
} from '$lib/data/review-repository';
import type { SessionStore } from '../runes/review-session.svelte';

export const studyStore: SessionStore = {
	cardRows,
	reviewsSince,
	recordAnswer,
	undoAnswer,
	setSuspended,
	bury,
	restoreFlags
};
