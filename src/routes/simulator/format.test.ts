import { describe, expect, it } from 'vitest';
import { pctDifference, wan, yuan } from './format';

describe('simulator number formats', () => {
	it('writes large sums in 亿 and 万 with grouping, and whole yuan without .00', () => {
		expect(wan(198_587_000)).toBe('1.99亿元');
		expect(wan(19_858_700)).toBe('1,985.9万元');
		expect(wan(3_695_652)).toBe('369.6万元');
		expect(yuan(1200)).toBe('1,200元');
		expect(yuan(1200.5)).toBe('1,200.50元');
	});

	it('prints a difference of percentages that adds up as shown: 35.5 % − 23.9 % = 11.6', () => {
		// 0.35546 − 0.23944 = 0.11602 would print 11.6; 0.3546 − 0.2394 = 0.1152 must print 11.6 too.
		expect(pctDifference(0.3546, 0.2394)).toEqual(['35.5%', '23.9%', '11.6']);
	});
});
