import type { Entry, EntrySummary, Glossary } from '../../src/lib/content/types';

/** The JSON files the app imports: the full entries, the slim list for search, and the tap-to-look-up glossary. */
export function buildOutputs(entries: Entry[]): Record<string, unknown> {
	const summaries: EntrySummary[] = entries.map((e) => ({
		id: e.id,
		hanzi: e.hanzi,
		pinyin: e.pinyin,
		pos: e.pos,
		level: e.level,
		...(e.hsk !== undefined && { hsk: e.hsk }),
		gloss: e.gloss,
		tags: e.tags,
		forms: e.forms
	}));
	const glossary: Glossary = Object.fromEntries(
		entries.map((e) => [e.id, { hanzi: e.hanzi, pinyin: e.pinyin, gloss: e.gloss }])
	);
	return { 'entries.json': entries, 'summaries.json': summaries, 'glossary.json': glossary };
}
