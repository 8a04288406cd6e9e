import { describe, expect, it } from 'vitest';
import { anAssignment, ISSUED } from '../../../../tests/factories/sharing';
import { encodeDocument } from '$lib/domain/sharing/codec';
import { readShareHere } from './share-reader';

const NOW = ISSUED + 86_400_000;
const link = (change: object) => `#${encodeDocument(anAssignment(change))}`;

describe('reading an assignment link', () => {
	it('opens a link with believable dates', async () => {
		const reply = await readShareHere({ kind: 'assignment', source: 'code', code: link({}), now: NOW });
		expect(reply).toEqual({ ok: true, doc: anAssignment() });
	});

	it.each([
		['issued in the year 275760', { issuedAt: 8.64e15, dueAt: 8.64e15 }, 'future-date', 'issuedAt'],
		['due before it was issued', { dueAt: 0 }, 'due-before-issue', 'dueAt'],
		['due in the year 275760', { dueAt: 8.64e15 }, 'due-too-far', 'dueAt']
	])('refuses a link %s, naming the field', async (_, change, code, detail) => {
		const reply = await readShareHere({ kind: 'assignment', source: 'code', code: link(change), now: NOW });
		expect(reply).toEqual({ ok: false, code, detail });
	});

	it('refuses a file with the same dates', async () => {
		const file = new Blob([JSON.stringify(anAssignment({ dueAt: 8.64e15 }))]);
		const reply = await readShareHere({ kind: 'assignment', source: 'file', file, now: NOW });
		expect(reply).toEqual({ ok: false, code: 'due-too-far', detail: 'dueAt' });
	});
});
