/**
 * The pinyin filler for deck imports: pinyin-pro reads whole phrases, so traditional characters are first
 * converted to simplified (OpenCC) for its word segmentation, and read back one syllable per character.
 */
import { IMPORT_READINGS } from '$lib/domain/decks/import-readings';
import type { PinyinFiller } from '$lib/domain/decks/custom-deck';

/** Loads pinyin-pro and the traditional → simplified table (both large, so only when an import needs them). */
export async function loadImportFiller(): Promise<PinyinFiller> {
	const [{ pinyin, customPinyin }, { Converter }] = await Promise.all([
		import('pinyin-pro'),
		import('opencc-js/t2cn')
	]);
	customPinyin({ ...IMPORT_READINGS });
	const simplify = Converter({ from: 't', to: 'cn' });
	return (hanzi) => {
		const simple = simplify(hanzi);
		// Conversion is character for character; if a phrase rule changed the length, read the original.
		const text = [...simple].length === [...hanzi].length ? simple : hanzi;
		return pinyin(text, { type: 'array', toneType: 'symbol', nonZh: 'removed' });
	};
}
