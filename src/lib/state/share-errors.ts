/** Words for why a link, code or file was refused. */
import type { ShareError } from '$lib/domain/sharing/codec';
import type { Preferences } from './preferences.svelte';

/** The message for a refused document, with the detail of where it went wrong when there is one. */
export function shareErrorMessage(prefs: Pick<Preferences, 't'>, error: ShareError): string {
	const text = prefs.t(`share.error.${error.code}`);
	return error.code === 'invalid' && error.detail ? `${text} (${error.detail})` : text;
}
