import type { ResolvedPathname } from '$app/types';

/** Appends a query string to a path that resolve() has already made base-aware. */
export function withQuery(path: ResolvedPathname, query: string): ResolvedPathname {
	return (query ? `${path}${query.startsWith('?') ? '' : '?'}${query}` : path) as ResolvedPathname;
}

/**
 * Where a learner works on one part of an assignment: a deck's study session, a word's drill run or
 * quiz (the practice screens), or a mission's card on the simulator's missions page.
 */
export function partHref(
	base: ResolvedPathname,
	kind: 'deck' | 'drill' | 'quiz' | 'mission',
	id: string
): ResolvedPathname {
	const root = base.endsWith('/') ? base.slice(0, -1) : base;
	// A mission is a card on the simulator's missions page, which its id anchors.
	if (kind === 'mission') return `${root}/simulator/missions#m-${encodeURIComponent(id)}` as ResolvedPathname;
	const path = { deck: 'study', drill: 'practice/drills', quiz: 'practice/quiz' }[kind];
	return `${root}/${path}/${encodeURIComponent(id)}` as ResolvedPathname;
}
