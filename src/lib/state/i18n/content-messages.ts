/** Names of content categories shown beside a word: part of speech and register. */
export const en = {
	'pos.noun': 'noun',
	'pos.verb': 'verb',
	'pos.adjective': 'adjective',
	'pos.adverb': 'adverb',
	'pos.phrase': 'phrase',
	'pos.abbreviation': 'abbreviation',
	'pos.measure-word': 'measure word',
	'pos.idiom': 'idiom',
	'register.formal': 'formal',
	'register.neutral': 'neutral',
	'register.informal': 'informal'
} as const;

export const zh: Record<keyof typeof en, string> = {
	'pos.noun': '名词',
	'pos.verb': '动词',
	'pos.adjective': '形容词',
	'pos.adverb': '副词',
	'pos.phrase': '短语',
	'pos.abbreviation': '缩略语',
	'pos.measure-word': '量词',
	'pos.idiom': '成语',
	'register.formal': '正式',
	'register.neutral': '中性',
	'register.informal': '口语'
};
