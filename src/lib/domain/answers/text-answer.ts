/** CJK punctuation that NFKC leaves alone, folded to the ASCII forms that NFKC gives the rest. */
const CJK_PUNCTUATION: Record<string, string> = {
	'。': '.',
	'、': ',',
	'“': '"',
	'”': '"',
	'‘': "'",
	'’': "'",
	'「': '"',
	'」': '"',
	'『': '"',
	'』': '"',
	'【': '[',
	'】': ']',
	'《': '<',
	'》': '>',
	'〈': '<',
	'〉': '>'
};
const CJK_PATTERN = new RegExp(`[${Object.keys(CJK_PUNCTUATION).join('')}]`, 'g');

/**
 * A typed hanzi answer in one canonical form: trimmed, no spaces, full-width letters, digits and
 * punctuation folded to half-width, Latin letters lower case, trailing 。.!！?？ dropped.
 */
export function normalizeHanziAnswer(s: string): string {
	return s
		.normalize('NFKC')
		.replace(CJK_PATTERN, (ch) => CJK_PUNCTUATION[ch] ?? ch)
		.replace(/\s+/g, '')
		.toLowerCase()
		.replace(/[.!?]+$/, '');
}

/** Whether a typed hanzi answer matches the expected one or an accepted alternative, after normalizing. */
export function hanziAnswerMatches(
	expected: string,
	given: string,
	alternatives: readonly string[] = []
): boolean {
	const typed = normalizeHanziAnswer(given);
	if (typed === '') return false;
	return [expected, ...alternatives].some((answer) => normalizeHanziAnswer(answer) === typed);
}
