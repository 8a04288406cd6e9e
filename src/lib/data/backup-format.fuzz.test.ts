import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardFieldProblem } from '$lib/domain/scheduling/memory-bounds';
import { aBackupDocument, BACKUP_T0 } from '../../../tests/factories/backup';
import { BackupError, parseBackup } from './backup-format';

const T0 = BACKUP_T0;

const aBackup = () => aBackupDocument();

/** Parses, and fails the property on any throw other than a BackupError. */
function parsesOrExplains(text: string): void {
	try {
		const plan = parseBackup(text, T0);
		for (const card of plan.cards) expect(cardFieldProblem(card, T0)).toBeNull();
	} catch (error) {
		if (!(error instanceof BackupError)) throw error;
		expect(error.message.length).toBeGreaterThan(0);
	}
}

const anyValue = fc.oneof(
	fc.jsonValue(),
	fc.double(),
	fc.constantFrom(-5, -1e308, 1e308, 0, -0, 8.64e15, Number.MAX_SAFE_INTEGER + 2, '', null),
	fc.string()
);

/** Sets the value at a path of keys and indices, creating nothing that is not there. */
function setAt(doc: unknown, path: readonly (string | number)[], value: unknown): unknown {
	if (path.length === 0) return value;
	if (typeof doc !== 'object' || doc === null) return doc;
	const [head, ...rest] = path;
	const copy = (Array.isArray(doc) ? [...(doc as unknown[])] : { ...doc }) as Record<
		string | number,
		unknown
	>;
	const key = typeof head === 'number' && Array.isArray(doc) ? head % Math.max(1, doc.length) : String(head);
	copy[key] = setAt(copy[key], rest, value);
	return copy;
}

const paths = fc.array(
	fc.oneof(
		fc.constantFrom(
			'format',
			'version',
			'exportedAt',
			'cards',
			'reviews',
			'meta',
			'mistakes',
			'stability',
			'difficulty',
			'last_review',
			'due',
			'state',
			'reps',
			'id',
			'card',
			'grade',
			'reviewedAt',
			'cardIds',
			'suspended',
			'buriedUntil'
		),
		fc.nat(3)
	),
	{ minLength: 1, maxLength: 4 }
);

describe('backup parser under fuzzing', () => {
	it('gives a BackupError or a valid document for any JSON', () => {
		fc.assert(fc.property(fc.json(), parsesOrExplains), { numRuns: 500 });
	});

	it('gives a BackupError or a valid document for any text', () => {
		fc.assert(fc.property(fc.string(), parsesOrExplains), { numRuns: 300 });
	});

	it('gives a BackupError or a valid document when any field of a real backup is changed', () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(paths, anyValue), { minLength: 1, maxLength: 3 }), (edits) => {
				let doc: unknown = aBackup();
				for (const [path, value] of edits) doc = setAt(doc, path, value);
				parsesOrExplains(JSON.stringify(doc));
			}),
			{ numRuns: 2000 }
		);
	});

	it('accepts the unchanged backup', () => {
		expect(parseBackup(JSON.stringify(aBackup()), T0).cards).toHaveLength(1);
	});
});
