import type { ResolvedPathname } from '$app/types';

/** Appends a query string to a path that resolve() has already made base-aware. */
export function withQuery(path: ResolvedPathname, query: string): ResolvedPathname {
	return (query ? `${path}${query.startsWith('?') ? '' : '?'}${query}` : path) as ResolvedPathname;
}

/**
 * Where a learner works on one part of an assignment: a deck's study session, a word's drill run or
 * quiz (the practice screens), or null for a mission, which the simulator lists itself.
 */
export function partHref(
	base: ResolvedPathname,
	kind: 'deck' | 'drill' | 'quiz' | 'mission',
	id: string
): ResolvedPathname | null {
	const root = base.endsWith('/') ? base.slice(0, -1) : base;
	const path = { deck: 'study', drill: 'practice/drills', quiz: 'practice/quiz', mission: null }[kind];
	return path ? (`${root}/${path}/${encodeURIComponent(id)}` as ResolvedPathname) : null;
}
