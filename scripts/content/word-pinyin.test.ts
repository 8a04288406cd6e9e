import { describe, expect, it } from 'vitest';
import { joinWords } from './word-pinyin';

const WORDS = new Set([
	'老客',
	'有关',
	'全额',
	'退款',
	'客户',
	'关系',
	'维护',
	'终身',
	'价值',
	'有点儿',
	'满意',
	'满意度',
	'我们',
	'服务',
	'推荐',
	'特别',
	'别的'
]);
const isWord = (w: string) => WORDS.has(w);
const line = (text: string, syllables: string) => {
	const given = syllables.split(' ');
	let k = 0;
	return joinWords(
		text,
		Array.from(text, (ch) => (/\p{Script=Han}/u.test(ch) ? (given[k++] ?? '') : '')),
		isWord
	);
};

describe('word-joined pinyin (GB/T 16159)', () => {
	it('joins the syllables of a word and separates words', () => {
		expect(line('客户关系', 'kè hù guān xì')).toBe('kèhù guānxì');
		expect(line('维护客户关系', 'wéi hù kè hù guān xì')).toBe('wéihù kèhù guānxì');
	});

	it('prefers the segmentation with fewer words, and the backward one on a tie', () => {
		expect(line('老客户', 'lǎo kè hù')).toBe('lǎo kèhù');
		expect(line('有关系', 'yǒu guān xì')).toBe('yǒu guānxì');
	});

	it('on a tie, keeps the particles 的 and 了 out of a longer word', () => {
		expect(line('特别的', 'tè bié de')).toBe('tèbié de');
		expect(line('别的', 'bié de')).toBe('biéde');
	});

	it('counts a dictionary word only where it is read as the dictionary reads it', () => {
		const READS: Record<string, string> = {
			主要: 'zhǔ yào',
			要是: 'yào shi',
			没收: 'mò shōu',
			收到: 'shōu dào'
		};
		const reads = (w: string, s: readonly string[]) => READS[w] === s.join(' ');
		const join = (text: string, syllables: string) => joinWords(text, syllables.split(' '), reads);
		expect(join('主要是', 'zhǔ yào shì')).toBe('zhǔyào shì');
		expect(join('没收到', 'méi shōu dào')).toBe('méi shōudào');
		expect(join('没收', 'mò shōu')).toBe('mòshōu');
	});

	it('writes an apostrophe where a syllable inside a word starts with a, o or e', () => {
		expect(line('全额退款', 'quán é tuì kuǎn')).toBe("quán'é tuìkuǎn");
	});

	it('writes a long compound word by word', () => {
		expect(line('客户终身价值', 'kè hù zhōng shēn jià zhí')).toBe('kèhù zhōngshēn jiàzhí');
	});

	it('joins 了, 们, one-syllable suffixes, erhua and a reduplicated neutral syllable to the word before', () => {
		expect(line('服务了', 'fú wù le')).toBe('fúwùle');
		expect(line('客户们', 'kè hù men')).toBe('kèhùmen');
		expect(line('推荐度', 'tuī jiàn dù')).toBe('tuījiàndù');
		expect(line('有点儿', 'yǒu diǎn r')).toBe('yǒudiǎnr');
		expect(line('我们试试', 'wǒ men shì shi')).toBe('wǒmen shìshi');
	});

	it('keeps Latin letters and turns Chinese punctuation into Latin punctuation', () => {
		expect(line('RFM客户，满意度。', 'kè hù mǎn yì dù')).toBe('RFM kèhù, mǎnyìdù.');
	});
});
