/** Words for why a link, code or file was refused. */
import type { ShareError, ShareErrorCode } from '$lib/domain/sharing/codec';
import type { Preferences } from './preferences.svelte';

/** Codes whose detail names the place in the document that is wrong. */
const WITH_DETAIL = new Set<ShareErrorCode>([
	'invalid',
	'hidden-text',
	'impossible',
	'duplicate',
	'future-date'
]);

/** The message for a refused document, with the detail of where it went wrong when there is one. */
export function shareErrorMessage(prefs: Pick<Preferences, 't'>, error: ShareError): string {
	const text = prefs.t(`share.error.${error.code}`);
	return WITH_DETAIL.has(error.code) && error.detail ? `${text} (${error.detail})` : text;
}
