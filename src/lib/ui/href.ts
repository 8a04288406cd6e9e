import type { ResolvedPathname } from '$app/types';
import { shopParam } from '$lib/domain/sharing/shop-param';
import type { Assignment } from '$lib/domain/sharing/documents';
import type { ItemHome } from '$lib/domain/cards/card-id';

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
	id: string,
	doc?: Pick<Assignment, 'customDecks' | 'shop'>
): ResolvedPathname {
	const root = base.endsWith('/') ? base.slice(0, -1) : base;
	// A mission is a card on the simulator's missions page, which its id anchors, in the teacher's shop.
	if (kind === 'mission') {
		const shop = doc?.shop ? `?shop=${shopParam(doc.shop)}` : '';
		return `${root}/simulator/missions${shop}#m-${encodeURIComponent(id)}` as ResolvedPathname;
	}
	// A teacher's own deck is studied like any custom deck.
	if (kind === 'deck' && doc?.customDecks?.some((d) => d.id === id))
		return `${root}/study/custom?deck=${encodeURIComponent(id)}` as ResolvedPathname;
	const path = { deck: 'study', drill: 'practice/drills', quiz: 'practice/quiz' }[kind];
	return `${root}/${path}/${encodeURIComponent(id)}` as ResolvedPathname;
}

function itemPath(home: ItemHome): string {
	switch (home.page) {
		case 'word':
			return `/words/${encodeURIComponent(home.entryId)}`;
		case 'template':
			return `/templates#t-${encodeURIComponent(home.templateId)}`;
		case 'desk':
			return '/simulator/desk';
		case 'mission':
			return `/simulator/missions#m-${encodeURIComponent(home.missionId)}`;
		case 'custom':
			return `/study/custom?deck=${encodeURIComponent(home.deckId)}`;
	}
}

/** The page that explains an item: its word, its template's row (anchored), the desk, its mission's card or its deck. */
export function itemHref(base: ResolvedPathname, home: ItemHome): ResolvedPathname {
	const root = base.endsWith('/') ? base.slice(0, -1) : base;
	return `${root}${itemPath(home)}` as ResolvedPathname;
}
