/** Tone numbers: 1–4, and 0 for the neutral tone. */
export type Tone = 0 | 1 | 2 | 3 | 4;

const MARKED: Record<string, [base: string, tone: Tone]> = {};
for (const [base, marks] of [
	['a', 'āáǎà'],
	['e', 'ēéěè'],
	['i', 'īíǐì'],
	['o', 'ōóǒò'],
	['u', 'ūúǔù'],
	['ü', 'ǖǘǚǜ']
] as const) {
	Array.from(marks).forEach((m, i) => (MARKED[m] = [base, (i + 1) as Tone]));
}

/** Splits one character into its unmarked letter and the tone its mark carries (0 when unmarked). */
export function splitMark(char: string): [base: string, tone: Tone] {
	return MARKED[char] ?? [char, 0];
}

/** The tone of a syllable written with tone marks ("kè" → 4, "de" → 0). */
export function toneOf(syllable: string): Tone {
	for (const ch of syllable) {
		const tone = splitMark(ch)[1];
		if (tone !== 0) return tone;
	}
	return 0;
}

/** Removes tone marks, keeping ü ("lǜ" → "lü"). */
export function stripTones(text: string): string {
	return Array.from(text, (ch) => splitMark(ch)[0]).join('');
}

/** "kè" → "ke4"; neutral-tone syllables get 5 ("de" → "de5"). ü is written v, as on a keyboard. */
export function toNumbered(syllable: string): string {
	const tone = toneOf(syllable);
	return `${stripTones(syllable).replace(/ü/g, 'v')}${tone === 0 ? 5 : tone}`;
}
