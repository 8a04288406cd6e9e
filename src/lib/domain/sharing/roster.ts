/**
 * A class roster without accounts: the names a teacher expects. Reports are matched to it by name,
 * ignoring case, width and spacing, so "li  na" is "Li Na".
 */
import { cleanText } from './text-safety';

/** The most learners a roster holds, and the longest name it keeps. */
export const ROSTER_LIMIT = 500;
const NAME_MAX = 80;

/** The form two names are compared in. */
export function nameKey(name: string): string {
	return name
		.normalize('NFKC')
		.replace(/\p{Cf}/gu, '')
		.trim()
		.replace(/\s+/g, ' ')
		.toLocaleLowerCase('en');
}

/** Names as a roster: text only, cleaned, trimmed, each once, at most ROSTER_LIMIT. */
export function cleanRoster(names: readonly unknown[]): string[] {
	const seen = new Map<string, string>();
	for (const n of names) {
		if (typeof n !== 'string') continue;
		// Zero-width spaces carry nothing in a name; joiners stay, since emoji and some scripts need them.
		const name = cleanText(n.trim().slice(0, NAME_MAX))
			.replace(/[\u200B\uFEFF]/g, '')
			.replace(/\s+/g, ' ')
			.trim();
		if (name && !seen.has(nameKey(name))) seen.set(nameKey(name), name);
	}
	return [...seen.values()].slice(0, ROSTER_LIMIT);
}

/** Names typed one per line or separated by commas or semicolons (either width). */
export function parseRoster(text: string): string[] {
	return cleanRoster(text.split(/[\n,;，；、]/));
}

export interface RosterCheck {
	/** roster names with no report */
	missing: string[];
	/** learner ids whose name is not on the roster */
	unknown: Set<string>;
}

/** Who has not reported, and whose report comes from a name the roster does not hold. */
export function checkRoster(
	roster: readonly string[],
	learners: readonly { learnerId: string; learner: string }[]
): RosterCheck {
	const reported = new Set(learners.map((l) => nameKey(l.learner)));
	const expected = new Set(roster.map(nameKey));
	return {
		missing: roster.filter((n) => !reported.has(nameKey(n))),
		unknown: new Set(learners.filter((l) => !expected.has(nameKey(l.learner))).map((l) => l.learnerId))
	};
}
