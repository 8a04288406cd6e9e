import { dialogueSummaries } from '$lib/content/dialogues';

export function load() {
	return { dialogues: dialogueSummaries() };
}
