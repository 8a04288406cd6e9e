/**
 * Anki export: a tab-separated text file with Anki's header lines, which "File → Import" reads with
 * the separator, HTML handling, deck and tags column already set. Front and Back match the fields of
 * Anki's Basic note type; Pinyin, English and Level follow for a richer note type.
 */
import { quoteField } from '../tables/delimited';

export interface AnkiNote {
	hanzi: string;
	/** syllables with tone marks */
	pinyin: readonly string[];
	english: string;
	level: string;
	tags: readonly string[];
}

export const ANKI_COLUMNS = ['Front', 'Back', 'Pinyin', 'English', 'Level', 'Tags'] as const;

/** Anki tags are space-separated words. */
const ankiTag = (tag: string) => tag.trim().replace(/\s+/g, '_');

/** The deck as Anki import text; `deckName` becomes "Kehu Chinese::<name>". */
export function ankiTsv(deckName: string, notes: readonly AnkiNote[]): string {
	const field = (s: string) => quoteField(s.replace(/[\r\n\t]+/g, ' '));
	const header = [
		'#separator:tab',
		'#html:false',
		`#deck:Kehu Chinese::${deckName.replace(/[\r\n\t]+/g, ' ').replace(/::/g, ' ')}`,
		`#tags column:${ANKI_COLUMNS.length}`,
		`#columns:${ANKI_COLUMNS.join('\t')}`
	];
	const lines = notes.map((n) =>
		[
			n.hanzi,
			`${n.pinyin.join(' ')} — ${n.english}`,
			n.pinyin.join(' '),
			n.english,
			n.level,
			['kehu', ...n.tags].map(ankiTag).filter(Boolean).join(' ')
		]
			.map(field)
			.join('\t')
	);
	return `${[...header, ...lines].join('\n')}\n`;
}
