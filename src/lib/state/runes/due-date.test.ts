import { expect, it } from 'vitest';
import { aWeekFrom, endOfLocalDay } from './due-date';

it('reads a date input as the last millisecond of that local day', () => {
	const end = endOfLocalDay('2026-09-15')!;
	const d = new Date(end);
	expect([d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes()]).toEqual([
		2026, 8, 15, 23, 59
	]);
	expect(new Date(end + 1).getDate()).toBe(16);
	expect(endOfLocalDay('15/09/2026')).toBeNull();
	expect(endOfLocalDay('')).toBeNull();
});

it('suggests the day a week ahead, in the form a date input takes', () => {
	expect(aWeekFrom(new Date(2026, 0, 28, 12).getTime())).toBe('2026-02-04');
});
