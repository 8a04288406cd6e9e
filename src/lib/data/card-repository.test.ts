import { describe, expect, it } from 'vitest';
import { freshCardRow, sameCardRow } from './card-repository';

const T0 = Date.UTC(2026, 10, 2, 9, 0);

describe('sameCardRow', () => {
	const row = freshCardRow('kefu:recall', T0);

	it('holds for equal rows and for two missing ones', () => {
		expect(sameCardRow(row, { ...row })).toBe(true);
		expect(sameCardRow(undefined, undefined)).toBe(true);
	});

	it('tells apart a row and a missing one, a changed value, and a field only one row has', () => {
		expect(sameCardRow(row, undefined)).toBe(false);
		expect(sameCardRow(undefined, row)).toBe(false);
		expect(sameCardRow(row, { ...row, suspended: 1 })).toBe(false);
		expect(sameCardRow(row, { ...row, forgottenAt: T0 })).toBe(false);
	});
});
