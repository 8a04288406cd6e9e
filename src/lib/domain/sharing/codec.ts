/**
 * Share codes: JSON → deflate (fflate) → base64url, for URL fragments and copy-paste. Decoding checks
 * the size before and while inflating, then validates the whole document.
 */
import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate';
import * as v from 'valibot';
import {
	DUPLICATE_MESSAGE,
	HIDDEN_TEXT_MESSAGE,
	IMPOSSIBLE_MESSAGE,
	MARKUP_MESSAGE,
	SHARE_PROBLEMS,
	type ShareProblem,
	SCHEMAS,
	SHARE_FORMAT,
	VERSIONS,
	type ShareDocument,
	type ShareKind
} from './documents';

/** bytes of JSON a link may carry once decoded */
export const LINK_LIMIT = 64 * 1024;
/** bytes of JSON a report file or pasted report code may carry */
export const FILE_LIMIT = 1024 * 1024;

export type ShareErrorCode =
	| 'corrupt'
	| 'too-large'
	| 'future-version'
	| 'wrong-kind'
	| 'markup'
	| 'hidden-text'
	| 'impossible'
	| 'duplicate'
	| 'future-date'
	| 'due-before-issue'
	| 'due-too-far'
	| 'invalid';

/** Schema issues that have their own error code; the first one found wins over a plain 'invalid'. */
const CODED_ISSUES: Record<string, ShareErrorCode> = {
	[MARKUP_MESSAGE]: 'markup',
	[HIDDEN_TEXT_MESSAGE]: 'hidden-text',
	[IMPOSSIBLE_MESSAGE]: 'impossible',
	[DUPLICATE_MESSAGE]: 'duplicate'
};

/** A schema issue as a problem code: the schema's own checks name theirs; valibot's built-ins by their type. */
function problemOf(issue: v.BaseIssue<unknown>): ShareProblem {
	const named = SHARE_PROBLEMS.find((p) => p === issue.message);
	if (named) return named;
	if (issue.kind === 'schema') return 'shape';
	return /length|value|size/.test(issue.type) ? 'range' : 'format';
}

/** Why a link, code or file was refused; `code` picks the message, `detail` says where. */
export class ShareError extends Error {
	override readonly name = 'ShareError';
	constructor(
		readonly code: ShareErrorCode,
		readonly detail = ''
	) {
		super(detail ? `${code}: ${detail}` : code);
	}
}

type DocOf<K extends ShareKind> = Extract<ShareDocument, { kind: K }>;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Map([...ALPHABET].map((c, i) => [c, i]));

/** Bytes as unpadded base64url (RFC 4648 §5). */
export function toBase64Url(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
		for (let k = 0; k < chars; k++) out += ALPHABET[(n >> (18 - 6 * k)) & 63];
	}
	return out;
}

/** Unpadded base64url back to bytes; throws ShareError('corrupt') on any other character. */
export function fromBase64Url(text: string): Uint8Array {
	if (text.length % 4 === 1) throw new ShareError('corrupt', 'the code has been cut short');
	const out = new Uint8Array(Math.floor((text.length * 6) / 8));
	let bits = 0;
	let value = 0;
	let at = 0;
	for (const c of text) {
		const n = LOOKUP.get(c);
		if (n === undefined) throw new ShareError('corrupt', `unexpected character "${c}"`);
		value = ((value << 6) | n) & 0xffffff;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			out[at++] = (value >> bits) & 0xff;
		}
	}
	return out;
}

/** Whether a document may travel as a link: past the cap a learner could not open it, so it is file only. */
export function fitsInLink(doc: ShareDocument): boolean {
	return new TextEncoder().encode(JSON.stringify(doc)).length <= LINK_LIMIT;
}

/** A document as a share code. */
export function encodeDocument(doc: ShareDocument): string {
	return toBase64Url(deflateSync(strToU8(JSON.stringify(doc)), { level: 9 }));
}

/** bytes of compressed input handed to the inflater at a time: at most ~1 MB of output before the cap is checked */
const INFLATE_STEP = 1024;

/** Thrown inside fflate's callback to stop inflating the moment the output passes the cap. */
class CapReached extends Error {}

/**
 * Inflates at most `limit` bytes, feeding the input a kilobyte at a time and stopping as soon as the
 * output passes the limit, so a small code that would inflate to gigabytes costs almost nothing.
 */
export function inflateCapped(bytes: Uint8Array, limit: number): string {
	const chunks: Uint8Array[] = [];
	let size = 0;
	let ended = false;
	const inflate = new Inflate((chunk, final) => {
		size += chunk.length;
		if (size > limit) throw new CapReached();
		chunks.push(chunk);
		if (final) ended = true;
	});
	try {
		for (let at = 0; at < bytes.length; at += INFLATE_STEP) {
			const end = Math.min(bytes.length, at + INFLATE_STEP);
			inflate.push(bytes.subarray(at, end), end === bytes.length);
		}
		if (bytes.length === 0) inflate.push(bytes, true);
	} catch (e) {
		if (e instanceof CapReached)
			throw new ShareError('too-large', `more than ${Math.round(limit / 1024)} kB`);
		throw new ShareError('corrupt', 'the code is damaged or incomplete');
	}
	if (!ended) throw new ShareError('corrupt', 'the code is damaged or incomplete');
	const all = new Uint8Array(size);
	let at = 0;
	for (const c of chunks) {
		all.set(c, at);
		at += c.length;
	}
	try {
		return strFromU8(all);
	} catch {
		throw new ShareError('corrupt', 'the code does not hold text');
	}
}

/** Checks that `data` is a valid document of `kind`, naming the first problem. */
export function validateDocument<K extends ShareKind>(data: unknown, kind: K): DocOf<K> {
	const head = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
	if (head.format !== SHARE_FORMAT) throw new ShareError('wrong-kind', 'not a Kehu Chinese document');
	if (head.kind !== kind) throw new ShareError('wrong-kind', typeof head.kind === 'string' ? head.kind : '');
	if (typeof head.version === 'number' && head.version > VERSIONS[kind])
		throw new ShareError('future-version', `version ${head.version}`);
	const result = v.safeParse(SCHEMAS[kind], data);
	if (!result.success) {
		const coded = result.issues.find((i) => i.message in CODED_ISSUES);
		const issue = coded ?? result.issues[0];
		const where = issue ? (v.getDotPath(issue) ?? '') : '';
		const code = coded ? (CODED_ISSUES[coded.message] ?? 'invalid') : 'invalid';
		// A coded issue's message says what is wrong; its detail only says where.
		throw new ShareError(code, coded ? where : where && issue ? `${where}: ${problemOf(issue)}` : '');
	}
	return result.output as DocOf<K>;
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		throw new ShareError('corrupt', 'not valid JSON');
	}
}

/** Reads a share code (a link's fragment or a pasted code) into a validated document. */
export function decodeDocument<K extends ShareKind>(code: string, kind: K, limit = LINK_LIMIT): DocOf<K> {
	const trimmed = code.trim().replace(/^#/, '');
	if (trimmed === '') throw new ShareError('corrupt', 'the code is empty');
	// Deflate output is never much larger than its input, so a longer code cannot inflate under the limit.
	if (trimmed.length > limit * 1.4) throw new ShareError('too-large', `${trimmed.length} characters`);
	return validateDocument(parseJson(inflateCapped(fromBase64Url(trimmed), limit)), kind);
}

/** Reads a file's text: the JSON document itself, or a share code saved as text. */
export function readDocumentText<K extends ShareKind>(text: string, kind: K, limit = FILE_LIMIT): DocOf<K> {
	if (text.length > limit) throw new ShareError('too-large', `${Math.round(text.length / 1024)} kB`);
	const trimmed = text.trim();
	if (trimmed.startsWith('{')) return validateDocument(parseJson(trimmed), kind);
	return decodeDocument(trimmed, kind, limit);
}

/** The file a document downloads as: readable, indented JSON. */
export function documentFileText(doc: ShareDocument): string {
	return `${JSON.stringify(doc, null, '\t')}\n`;
}
