/** Time studied as a person reads it: whole minutes, with "< 1 min" for a few seconds of work. */
import type { Preferences } from '../runes/preferences.svelte';

export function studyTime(prefs: Pick<Preferences, 't'>, ms: number): string {
	if (ms > 0 && ms < 60_000) return prefs.t('progress.underMinute');
	return prefs.t('progress.minutes', { n: Math.round(ms / 60_000) });
}
