/**
 * Phrase readings pinyin-pro gets wrong in business Chinese (its segmenter reads 西安分公司 as 西/安分/公/司).
 * Taught to it before an import fills pinyin; the content's own overrides live in content/pinyin.yaml.
 */
export const IMPORT_READINGS: Readonly<Record<string, string>> = {
	分公司: 'fēn gōng sī',
	分行: 'fēn háng',
	还钱: 'huán qián',
	还款: 'huán kuǎn',
	还清: 'huán qīng',
	还给: 'huán gěi',
	率先: 'shuài xiān',
	做得: 'zuò de'
};
