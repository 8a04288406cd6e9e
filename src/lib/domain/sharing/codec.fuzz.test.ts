import { deflateSync, strToU8 } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyJson, assignmentLike } from '../../../../tests/factories/fuzz';
import { anAssignment } from '../../../../tests/factories/sharing';
import {
	decodeDocument,
	encodeDocument,
	fromBase64Url,
	inflateCapped,
	LINK_LIMIT,
	readDocumentText,
	ShareError,
	toBase64Url,
	validateDocument
} from './codec';

/** The value, or the ShareError it was refused with; any other throw fails the property. */
function outcome(run: () => unknown): unknown {
	try {
		return run();
	} catch (e) {
		if (e instanceof ShareError) return e;
		throw e;
	}
}

describe('share codes under fuzzing', () => {
	it('any text as a link is a valid document or a ShareError', { timeout: 60_000 }, () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 400 }), (text) => {
				outcome(() => decodeDocument(text, 'assignment'));
				outcome(() => readDocumentText(text, 'report'));
			}),
			{ numRuns: 2000 }
		);
	});

	it('any bytes, compressed or not, are a valid document or a ShareError', { timeout: 60_000 }, () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 600 }), fc.boolean(), (bytes, deflate) => {
				const code = toBase64Url(deflate ? deflateSync(bytes) : bytes);
				outcome(() => decodeDocument(code, 'assignment'));
			}),
			{ numRuns: 2000 }
		);
	});

	it('any JSON, as a link or a file, is a valid document or a ShareError', { timeout: 60_000 }, () => {
		fc.assert(
			fc.property(anyJson, (value) => {
				const text = JSON.stringify(value) ?? 'null';
				outcome(() => decodeDocument(toBase64Url(deflateSync(strToU8(text))), 'assignment'));
				outcome(() => readDocumentText(text, 'assignment'));
			}),
			{ numRuns: 1000 }
		);
	});

	it(
		'an accepted assignment never repeats an id and survives its own round trip',
		{ timeout: 60_000 },
		() => {
			fc.assert(
				fc.property(assignmentLike, (value) => {
					const result = outcome(() => validateDocument(value, 'assignment'));
					if (result instanceof ShareError) return;
					const doc = validateDocument(value, 'assignment');
					for (const list of [doc.decks, doc.drills, doc.quizzes, doc.missions])
						expect(new Set(list).size).toBe(list.length);
					expect(decodeDocument(encodeDocument(doc), 'assignment')).toEqual(doc);
				}),
				{ numRuns: 3000 }
			);
		}
	);
});

describe('compression bombs', () => {
	// 64 MB of spaces deflates to about 64 kB: an 87 kB link.
	const bomb = toBase64Url(deflateSync(new Uint8Array(64 << 20).fill(32), { level: 9 }));

	it('an 87 kB link that would inflate to 64 MB is refused as too large', () => {
		expect(bomb.length).toBeGreaterThan(80_000);
		expect(outcome(() => decodeDocument(bomb, 'assignment'))).toMatchObject({ code: 'too-large' });
	});

	it('stops at the cap without inflating the rest of the input', () => {
		// Only the first 4 kB: an inflater that read it all before checking the size would find it cut short.
		const head = fromBase64Url(bomb).subarray(0, 4096);
		expect(outcome(() => inflateCapped(head, LINK_LIMIT))).toMatchObject({ code: 'too-large' });
	});

	it('still reads a document that is just under the cap', () => {
		const doc = anAssignment({ note: 'x'.repeat(500) });
		expect(decodeDocument(encodeDocument(doc), 'assignment')).toEqual(doc);
	});
});
