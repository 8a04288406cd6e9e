/**
 * Typed read-only access to the compiled content. Imported by prerendered server loads, so the
 * full entries never reach the home page's JavaScript.
 */
import entriesJson from './generated/entries.json';
import glossaryJson from './generated/glossary.json';
import summariesJson from './generated/summaries.json';
import decksJson from './generated/decks.json';
import { LEVELS, type Level } from './schema';
import type { DeckInfo, Entry, EntrySummary, Glossary, Segment } from './types';

const ENTRIES = entriesJson as unknown as Entry[];
const SUMMARIES = summariesJson as unknown as EntrySummary[];
const GLOSSARY = glossaryJson as unknown as Glossary;
const BY_ID = new Map(ENTRIES.map((e) => [e.id, e]));

export const HEADWORD_IDS = ['kehu-guanxi', 'kefu', 'kehu-fuwu'] as const;

/** The built-in decks. */
export function allDecks(): readonly DeckInfo[] {
	return decksJson as unknown as DeckInfo[];
}

export function allEntries(): readonly Entry[] {
	return ENTRIES;
}

export function allSummaries(): readonly EntrySummary[] {
	return SUMMARIES;
}

export function entryById(id: string): Entry | undefined {
	return BY_ID.get(id);
}

export function summaryById(id: string): EntrySummary | undefined {
	return SUMMARIES.find((s) => s.id === id);
}

/** How many entries each CEFR level has. */
export function countsByLevel(): Record<Level, number> {
	const counts = Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<Level, number>;
	for (const s of SUMMARIES) counts[s.level] += 1;
	return counts;
}

/** The glossary slice a page needs: every word its sentences link to, plus the ids given. */
export function glossaryFor(entry: Entry, extraIds: readonly string[] = []): Glossary {
	const ids = new Set<string>(extraIds);
	const visit = (segments: readonly Segment[]) => segments.forEach((s) => s.entryId && ids.add(s.entryId));
	entry.examples.forEach((e) => visit(e.segments));
	entry.mistakes.forEach((m) => (visit(m.wrong), visit(m.right)));
	entry.collocations.forEach((c) => c.partnerId && ids.add(c.partnerId));
	entry.contrasts.forEach((c) => c.entryId && ids.add(c.entryId));
	entry.related.forEach((id) => ids.add(id));
	return glossarySlice(ids);
}

/** The glossary rows of the given entry ids (unknown ids are skipped). */
export function glossarySlice(ids: Iterable<string>): Glossary {
	const slice: Glossary = {};
	for (const id of ids) {
		const g = GLOSSARY[id];
		if (g) slice[id] = g;
	}
	return slice;
}
