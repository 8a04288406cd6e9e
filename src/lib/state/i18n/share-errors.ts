/** Words for why a link, code or file was refused. */
import type { ShareError, ShareErrorCode } from '$lib/domain/sharing/codec';
import { SHARE_PROBLEMS, type ShareProblem } from '$lib/domain/sharing/documents';
import type { Preferences } from '../runes/preferences.svelte';

/** Codes whose detail names the place in the document that is wrong. */
const WITH_DETAIL = new Set<ShareErrorCode>([
	'invalid',
	'hidden-text',
	'impossible',
	'duplicate',
	'future-date',
	'due-before-issue',
	'due-too-far'
]);

/** The message for a refused document, with the detail of where it went wrong when there is one. */
export function shareErrorMessage(prefs: Pick<Preferences, 't'>, error: ShareError): string {
	const text = prefs.t(`share.error.${error.code}`);
	if (!WITH_DETAIL.has(error.code) || !error.detail) return text;
	// An "invalid" detail is "path: problem"; the problem code is worded here, never shown raw.
	const [, where, problem] = /^(.+): ([a-z-]+)$/.exec(error.detail) ?? [];
	if (where && isProblem(problem)) return `${text} (${where}: ${prefs.t(`share.problem.${problem}`)})`;
	return error.code === 'invalid' ? text : `${text} (${error.detail})`;
}

function isProblem(value: string | undefined): value is ShareProblem {
	return SHARE_PROBLEMS.some((p) => p === value);
}
