import { describe, expect, it } from 'vitest';
import { readAmount, readRate } from './number-input';

describe('readRate', () => {
	it('reads "20%", "20 %", "0.2", "20" and "20％" all as 0.2', () => {
		for (const text of ['20%', '20 %', '0.2', '20', '20％', ' 20 '])
			expect(readRate(text)).toEqual({ ok: true, value: 0.2 });
	});

	it('reads "1" as 100 % and "0.5%" as half a percent', () => {
		expect(readRate('1')).toEqual({ ok: true, value: 1 });
		expect(readRate('0.5%')).toEqual({ ok: true, value: 0.005 });
	});

	it('says what is wrong: empty, not a number, negative, above 100 %', () => {
		expect(readRate('')).toEqual({ ok: false, problem: 'empty' });
		expect(readRate('abc')).toEqual({ ok: false, problem: 'notNumber' });
		expect(readRate('-5%')).toEqual({ ok: false, problem: 'negative' });
		expect(readRate('150')).toEqual({ ok: false, problem: 'above100' });
	});
});

describe('readAmount', () => {
	it('reads grouping and 元', () => {
		expect(readAmount('1,200元')).toEqual({ ok: true, value: 1200 });
		expect(readAmount('3.5')).toEqual({ ok: true, value: 3.5 });
		expect(readAmount('1.2.3')).toEqual({ ok: false, problem: 'notNumber' });
	});
});
