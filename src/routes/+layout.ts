import { browser } from '$app/environment';
import { loadMessages } from '$lib/state/i18n/catalog.svelte';
import { groupsFor } from '$lib/state/i18n/groups';
import { savedPreferences } from '$lib/state/runes/preferences.svelte';
import type { LayoutLoad } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/** Each page waits for its own words, in the learner's language, before it renders. */
export const load: LayoutLoad = async ({ route }) => {
	const locale = browser ? savedPreferences(localStorage).locale : 'en';
	await loadMessages(groupsFor(route.id), locale);
};
