import { LEVELS } from '../../src/lib/content/schema';
import type { Entry, EntrySummary, Glossary } from '../../src/lib/content/types';
import { buildPractice } from './practice-outputs';
import { buildDecks, itemsOf } from './study-outputs';

/** Word-list order: the headwords, then by CEFR level, then alphabetically by pinyin. */
function listOrder(a: Entry, b: Entry): number {
	const head = Number(b.tags.includes('headword')) - Number(a.tags.includes('headword'));
	return (
		head ||
		LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) ||
		a.pinyin.join(' ').localeCompare(b.pinyin.join(' '))
	);
}

/** The JSON files the app imports: the full entries, the slim list for search, and the tap-to-look-up glossary. */
export function buildOutputs(entries: Entry[]): Record<string, unknown> {
	const summaries: EntrySummary[] = [...entries].sort(listOrder).map((e) => ({
		id: e.id,
		hanzi: e.hanzi,
		pinyin: e.pinyin,
		reading: e.reading,
		pos: e.pos,
		level: e.level,
		...(e.hsk !== undefined && { hsk: e.hsk }),
		gloss: e.gloss,
		tags: e.tags,
		forms: e.forms
	}));
	const glossary: Glossary = Object.fromEntries(
		entries.map((e) => [e.id, { hanzi: e.hanzi, pinyin: e.pinyin, reading: e.reading, gloss: e.gloss }])
	);
	const items = [...entries].sort(listOrder).flatMap(itemsOf);
	return {
		'entries.json': entries,
		'summaries.json': summaries,
		'glossary.json': glossary,
		'study-items.json': items,
		'decks.json': buildDecks(entries, items),
		'practice.json': buildPractice(entries)
	};
}
