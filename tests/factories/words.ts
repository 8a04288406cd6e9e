import type { SearchableWord } from '../../src/lib/domain/words/search';

/** A searchable word with sensible defaults; override what the test is about. */
export function aWord(overrides: Partial<SearchableWord> = {}): SearchableWord {
	return {
		hanzi: '客户',
		pinyin: ['kè', 'hù'],
		gloss: 'client; customer',
		forms: [],
		level: 'A2',
		pos: 'noun',
		tags: [],
		...overrides
	};
}
