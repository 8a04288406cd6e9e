import type { Tone } from '../pinyin/tones';

const MARKED: Record<string, string> = {
	a: 'āáǎà',
	e: 'ēéěè',
	i: 'īíǐì',
	o: 'ōóǒò',
	u: 'ūúǔù',
	ü: 'ǖǘǚǜ'
};

/**
 * Which letter of a toneless syllable carries the tone mark: a or e first, the o of "ou", otherwise the
 * last vowel ("gui" → 2, "liu" → 2). -1 when there is no vowel.
 */
export function markIndex(letters: string): number {
	const lower = letters.toLowerCase();
	const ae = lower.search(/[ae]/);
	if (ae >= 0) return ae;
	const ou = lower.indexOf('ou');
	if (ou >= 0) return ou;
	for (let i = lower.length - 1; i >= 0; i--) if ('iouü'.includes(lower.charAt(i))) return i;
	return -1;
}

/** One vowel with a tone mark, keeping its case ("u", 4 → "ù"; "E", 1 → "Ē"); neutral leaves it bare. */
export function markVowel(vowel: string, tone: Tone): string {
	const marked = tone === 0 ? undefined : MARKED[vowel.toLowerCase()]?.charAt(tone - 1);
	if (!marked) return vowel;
	return vowel === vowel.toLowerCase() ? marked : marked.toUpperCase();
}

/**
 * A toneless syllable written with its tone mark ("gui", 4 → "guì"). Neutral (0) leaves it bare; a
 * syllable with no vowel keeps its tone as a digit, since there is nowhere to put a mark.
 */
export function markTone(letters: string, tone: Tone): string {
	if (tone === 0) return letters;
	const at = markIndex(letters);
	if (at < 0) return `${letters}${tone}`;
	return letters.slice(0, at) + markVowel(letters.charAt(at), tone) + letters.slice(at + 1);
}
