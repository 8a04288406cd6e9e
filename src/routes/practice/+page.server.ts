import { practiceSets } from '$lib/content/practice-catalog';

export function load() {
	return { sets: practiceSets() };
}
