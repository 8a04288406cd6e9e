/** Study items (word, collocation and mistake pairs) and the built-in decks, compiled from the entries. */
import { LEVELS } from '../../src/lib/content/schema';
import type { DeckInfo, Entry, Segment, StudyItem } from '../../src/lib/content/types';
import type { MessageTemplate } from '../../src/lib/content/template-schema';
import { templateItemId } from '../../src/lib/domain/cards/card-id';

const text = (segments: Segment[]) => segments.map((s) => s.text).join('');
const syllables = (segments: Segment[]) => segments.flatMap((s) => s.pinyin).filter(Boolean);

/** Every learnable item of an entry: the word itself, then its collocations, then its mistake pairs. */
export function itemsOf(entry: Entry): StudyItem[] {
	const examples = entry.examples.map(({ level, zh, en }) => ({ level, zh, en }));
	return [
		{
			id: entry.id,
			kind: 'word',
			entryId: entry.id,
			hanzi: entry.hanzi,
			pinyin: entry.pinyin,
			reading: entry.reading,
			gloss: entry.gloss,
			level: entry.level,
			examples
		},
		...entry.collocations.map((c): StudyItem => ({
			id: c.id,
			kind: 'collocation',
			entryId: entry.id,
			hanzi: c.zh,
			pinyin: c.pinyin.split(' ').filter(Boolean),
			reading: c.reading,
			gloss: c.en,
			level: c.level,
			examples: examples.filter((e) => e.zh.includes(c.zh))
		})),
		...entry.mistakes.map((m): StudyItem => ({
			id: m.id,
			kind: 'mistake',
			entryId: entry.id,
			hanzi: text(m.right),
			pinyin: syllables(m.right),
			reading: m.reading,
			gloss: m.explanation,
			level: m.level,
			examples: [],
			wrong: text(m.wrong)
		}))
	];
}

const HEADWORDS: Record<string, string> = {
	'kehu-guanxi': 'customer relationship',
	kefu: 'customer service agent',
	'kehu-fuwu': 'customer service'
};

/** Built-in decks: one per headword, one per CEFR level, and one for the CRM terms. */
export function buildDecks(entries: Entry[], items: StudyItem[]): DeckInfo[] {
	const byId = new Map(entries.map((e) => [e.id, e]));
	const ownItems = (e: Entry) => items.filter((i) => i.entryId === e.id).map((i) => i.id);
	const headwordDecks = Object.entries(HEADWORDS).flatMap(([id, en]): DeckInfo[] => {
		const entry = byId.get(id);
		if (!entry) return [];
		const linked = new Set([
			...entry.related,
			...entry.contrasts.flatMap((c) => (c.entryId ? [c.entryId] : [])),
			...entry.collocations.flatMap((c) => (c.partnerId ? [c.partnerId] : []))
		]);
		linked.delete(id);
		return [
			{
				id,
				kind: 'headword',
				hanzi: entry.hanzi,
				gloss: en,
				itemIds: [...ownItems(entry), ...[...linked].filter((l) => byId.has(l))]
			}
		];
	});
	const levelDecks = LEVELS.map((level): DeckInfo => ({
		id: `level-${level.toLowerCase()}`,
		kind: 'level',
		level,
		itemIds: items.filter((i) => i.level === level).map((i) => i.id)
	}));
	const crm: DeckInfo = {
		id: 'crm',
		kind: 'crm',
		itemIds: entries.filter((e) => e.tags.includes('crm-term')).flatMap(ownItems)
	};
	return [...headwordDecks, ...levelDecks, crm].filter((d) => d.itemIds.length > 0);
}

/** Message templates as study items: phrases studied like collocations (recognition, recall, pinyin). */
export function templateItems(templates: readonly MessageTemplate[]): StudyItem[] {
	return templates.map((t) => ({
		id: templateItemId(t.id),
		kind: 'collocation',
		// Read back from the id like every item's entry (entryOfItem); a template has no word page.
		entryId: 'template',
		hanzi: t.zh,
		pinyin: t.pinyin,
		reading: t.reading,
		gloss: t.en,
		level: t.level,
		examples: []
	}));
}

/** The built-in deck of every message template, easiest first. */
export function templateDeck(items: readonly StudyItem[]): DeckInfo {
	return {
		id: 'templates',
		kind: 'templates',
		itemIds: [...items].sort((a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level)).map((i) => i.id)
	};
}
