import type { ResolvedPathname } from '$app/types';

/** Appends a query string to a path that resolve() has already made base-aware. */
export function withQuery(path: ResolvedPathname, query: string): ResolvedPathname {
	return (query ? `${path}${query.startsWith('?') ? '' : '?'}${query}` : path) as ResolvedPathname;
}
