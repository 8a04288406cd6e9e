/**
 * Text from a shared document that a person reads: names, titles, notes. Characters that hide or
 * reorder text (bidi overrides, line separators, lone surrogates, control characters) are refused,
 * and a name must hold at least one visible character.
 */

export type TextFault = 'bidi' | 'line-separator' | 'surrogate' | 'control' | 'invisible';

/** Bidi embeddings, overrides, isolates and marks: they make text display in an order it is not stored in. */
const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/u;
const LINE_SEPARATOR = /[\u2028\u2029\u0085]/u;
const LONE_SURROGATE = /\p{Cs}/u;
// Tab and newline are the only control characters a multi-line note may hold.
// eslint-disable-next-line no-control-regex
const CONTROL_MULTILINE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;
const CONTROL = /\p{Cc}/u;
/** A character someone can see: not white space, not a format character, not a lone combining mark or filler. */
const VISIBLE = /[^\p{White_Space}\p{Cf}\p{Mn}\p{Me}\p{Cs}\u115F\u1160\u3164\uFFA0\u2800]/u;

/** What is wrong with a piece of shared text, or null; `multiline` allows tab and newline (notes). */
export function textFault(text: string, multiline = false): TextFault | null {
	if (LONE_SURROGATE.test(text)) return 'surrogate';
	if (BIDI.test(text)) return 'bidi';
	if (LINE_SEPARATOR.test(text)) return 'line-separator';
	if ((multiline ? CONTROL_MULTILINE : CONTROL).test(text)) return 'control';
	if (text !== '' && !VISIBLE.test(text)) return 'invisible';
	return null;
}

/** Text made acceptable to `textFault`: hiding characters become spaces, and nothing visible becomes ''. */
export function cleanText(text: string, multiline = false): string {
	const spaced = text.replace(
		new RegExp(
			`${LONE_SURROGATE.source}|${BIDI.source}|${LINE_SEPARATOR.source}|${(multiline ? CONTROL_MULTILINE : CONTROL).source}`,
			'gu'
		),
		' '
	);
	return VISIBLE.test(spaced) ? spaced : '';
}
