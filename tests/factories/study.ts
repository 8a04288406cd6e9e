import type { StudyItem } from '../../src/lib/content/types';

/** A word item with two examples; override what the test is about. */
export function aStudyItem(id: string, overrides: Partial<StudyItem> = {}): StudyItem {
	return {
		id,
		kind: 'word',
		entryId: id,
		hanzi: '客服',
		pinyin: ['kè', 'fú'],
		gloss: 'customer service agent',
		level: 'A2',
		examples: [
			{ level: 'A2', zh: '我找客服。', en: 'I will ask customer service.' },
			{ level: 'B1', zh: '客服回复得很快。', en: 'The agent replied quickly.' }
		],
		...overrides
	};
}
