import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
	anAssignment,
	aReport,
	randomAssignment,
	randomReport,
	seeded
} from '../../../../tests/factories/sharing';
import {
	decodeDocument,
	documentFileText,
	encodeDocument,
	fromBase64Url,
	LINK_LIMIT,
	readDocumentText,
	ShareError,
	toBase64Url
} from './codec';

function codeOf(value: unknown): string {
	return toBase64Url(deflateSync(strToU8(JSON.stringify(value))));
}

function refusal(run: () => unknown): string {
	try {
		run();
	} catch (e) {
		if (e instanceof ShareError) return e.code;
		throw e;
	}
	throw new Error('accepted');
}

describe('base64url', () => {
	it('round-trips every length of bytes and uses only URL-safe characters', () => {
		const rng = seeded(7);
		for (let n = 0; n < 300; n++) {
			const bytes = Uint8Array.from({ length: n }, () => Math.floor(rng() * 256));
			const text = toBase64Url(bytes);
			expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
			expect(fromBase64Url(text)).toEqual(bytes);
		}
	});

	it('agrees with the platform encoder', () => {
		const bytes = strToU8('客户关系 ~~~ ???');
		expect(toBase64Url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
	});
});

describe('share codes', () => {
	it('round-trips 300 generated assignments and 300 generated reports, as codes and as files', () => {
		const rng = seeded(2026);
		for (let i = 0; i < 300; i++) {
			const a = randomAssignment(rng);
			expect(decodeDocument(encodeDocument(a), 'assignment')).toEqual(a);
			expect(readDocumentText(documentFileText(a), 'assignment')).toEqual(a);
			const r = randomReport(rng);
			expect(decodeDocument(encodeDocument(r), 'report', 1 << 20)).toEqual(r);
			expect(readDocumentText(documentFileText(r), 'report')).toEqual(r);
			expect(readDocumentText(encodeDocument(r), 'report')).toEqual(r);
		}
	});

	it('accepts a code with the leading # and surrounding white space', () => {
		const a = anAssignment();
		expect(decodeDocument(`  #${encodeDocument(a)}\n`, 'assignment')).toEqual(a);
	});

	it('refuses damaged codes as corrupt', () => {
		const code = encodeDocument(anAssignment());
		expect(refusal(() => decodeDocument('', 'assignment'))).toBe('corrupt');
		expect(refusal(() => decodeDocument('not a code!', 'assignment'))).toBe('corrupt');
		expect(refusal(() => decodeDocument(code.slice(0, code.length / 2), 'assignment'))).toBe('corrupt');
		expect(refusal(() => decodeDocument(`x${code}`, 'assignment'))).toBe('corrupt');
		expect(refusal(() => decodeDocument(codeOf('plain').replace(/^./, ''), 'assignment'))).toBe('corrupt');
		expect(refusal(() => readDocumentText('{"format": "kehu-chinese", ', 'report'))).toBe('corrupt');
	});

	it('refuses a code that inflates past the cap, without inflating all of it', () => {
		const bomb = codeOf({ ...anAssignment(), note: ' '.repeat(50 * LINK_LIMIT) });
		expect(bomb.length).toBeLessThan(LINK_LIMIT);
		expect(refusal(() => decodeDocument(bomb, 'assignment'))).toBe('too-large');
		expect(refusal(() => decodeDocument('A'.repeat(LINK_LIMIT * 2), 'assignment'))).toBe('too-large');
		expect(refusal(() => readDocumentText(' '.repeat(2 << 20), 'report'))).toBe('too-large');
	});

	it('refuses documents from a newer version, naming it', () => {
		expect(refusal(() => decodeDocument(codeOf({ ...anAssignment(), version: 3 }), 'assignment'))).toBe(
			'future-version'
		);
		expect(refusal(() => readDocumentText(JSON.stringify({ ...aReport(), version: 9 }), 'report'))).toBe(
			'future-version'
		);
	});

	it('refuses the wrong kind of document', () => {
		expect(refusal(() => decodeDocument(encodeDocument(aReport()), 'assignment'))).toBe('wrong-kind');
		expect(refusal(() => readDocumentText(documentFileText(anAssignment()), 'report'))).toBe('wrong-kind');
		expect(refusal(() => readDocumentText('{"format":"kehu-chinese-backup","version":1}', 'report'))).toBe(
			'wrong-kind'
		);
		expect(refusal(() => decodeDocument(codeOf([1, 2, 3]), 'assignment'))).toBe('wrong-kind');
	});

	it('refuses markup and script in any text field', () => {
		for (const title of [
			'<script>alert(1)</script>',
			'<img src=x onerror=alert(1)>',
			'a > b',
			'javascript:alert(1)'
		])
			expect(refusal(() => decodeDocument(codeOf({ ...anAssignment(), title }), 'assignment'))).toBe(
				'markup'
			);
		const report = aReport();
		const hostile = { ...report, mistakes: [{ ...report.mistakes[0], given: '<b>x</b>' }] };
		expect(refusal(() => readDocumentText(JSON.stringify(hostile), 'report'))).toBe('markup');
	});

	it('refuses ids that are not plain tokens and unknown fields', () => {
		for (const doc of [
			{ ...anAssignment(), decks: ['../../etc'] },
			{ ...anAssignment(), decks: ['javascript:alert(1)'] },
			{ ...anAssignment(), extra: 1 },
			{ ...anAssignment(), dueAt: 'tomorrow' },
			{ ...anAssignment(), target: { everyCardSeen: true, quizAccuracy: 180, recall: 0 } }
		])
			expect(refusal(() => decodeDocument(codeOf(doc), 'assignment'))).toBe('invalid');
	});

	it('names where an invalid document is wrong', () => {
		expect(() => decodeDocument(codeOf({ ...anAssignment(), dueAt: -1 }), 'assignment')).toThrow(/dueAt/);
	});
});
