/** The name of a kind of mistake in the interface language; a kind this version does not know stays as sent. */
import { MISTAKE_KINDS, type MistakeKind } from '$lib/content/schema';
import type { Preferences } from '../runes/preferences.svelte';

export function mistakeKindLabel(prefs: Pick<Preferences, 't'>, kind: string): string {
	return (MISTAKE_KINDS as readonly string[]).includes(kind)
		? prefs.t(`class.kind.${kind as MistakeKind}`)
		: kind;
}
