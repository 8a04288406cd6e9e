/**
 * Messages ship in groups, one module per group and language, so that a page loads only the words
 * it shows, in the learner's language. A key's first segment names its group.
 */
const PREFIXES = {
	core: ['app', 'nav', 'lang', 'theme', 'update', 'offline', 'db', 'clock', 'problem', 'count', 'decks'],
	home: ['home'],
	words: ['words', 'pos', 'register', 'word'],
	info: ['info'],
	notebook: ['notebook', 'kind', 'source'],
	study: ['study', 'summary', 'grade', 'card', 'key', 'feedback'],
	custom: ['custom'],
	restore: ['restore'],
	cards: ['cards'],
	settings: ['settings'],
	stats: ['stats'],
	optimize: ['optimize', 'workload'],
	practice: ['practice'],
	sim: ['sim'],
	desk: ['desk'],
	dialogues: ['dialogues', 'templates'],
	teach: ['teach', 'class', 'roster', 'report'],
	deck: ['deck'],
	assignment: ['assignment', 'assignments', 'progress', 'share']
} as const;

export type Group = keyof typeof PREFIXES;

export const GROUPS = Object.keys(PREFIXES) as Group[];

const GROUP_OF = new Map<string, Group>(
	GROUPS.flatMap((group) => PREFIXES[group].map((prefix) => [prefix, group] as const))
);

/** The group that holds a key, or undefined for a key no group claims. */
export function groupOf(key: string): Group | undefined {
	return GROUP_OF.get(key.slice(0, key.indexOf('.')));
}

/**
 * The groups each section shows besides `core`, by route id; a route takes the entry of its longest
 * matching section. `route-groups.test.ts` checks every page's components against this table.
 */
const ROUTE_GROUPS: Record<string, readonly Group[]> = {
	'/': ['home', 'assignment', 'practice', 'words'],
	'/assignment': ['assignment', 'study', 'teach'],
	'/assignments': ['assignment', 'study', 'teach'],
	'/cards': ['cards', 'settings'],
	'/cards/info': ['cards', 'info', 'restore', 'study'],
	'/decks': ['deck', 'study'],
	'/dialogues': ['dialogues', 'words'],
	'/notebook': ['notebook', 'practice', 'desk'],
	'/practice': ['practice'],
	'/settings': ['settings', 'optimize', 'restore', 'study'],
	'/simulator': ['sim', 'settings'],
	'/simulator/desk': ['sim', 'settings', 'desk'],
	'/simulator/service': ['sim', 'settings', 'desk'],
	'/stats': ['stats'],
	'/study': ['study', 'deck'],
	'/study/[deck]': ['study', 'cards', 'custom'],
	'/teach': ['teach', 'assignment', 'deck', 'study'],
	'/templates': ['dialogues', 'words'],
	'/words': ['words', 'home'],
	'/words/[id]': ['words', 'info', 'notebook', 'dialogues']
};

/** The message groups a route needs: `core` and its section's. The root entry is for `/` alone. */
export function groupsFor(routeId: string | null): Group[] {
	let section: readonly Group[] = [];
	if (routeId === '/') section = ROUTE_GROUPS['/'] ?? [];
	else if (routeId) {
		for (let path = routeId; path.length > 1; path = path.slice(0, path.lastIndexOf('/')) || '/') {
			const entry = ROUTE_GROUPS[path];
			if (entry) {
				section = entry;
				break;
			}
		}
	}
	return ['core', ...section];
}
