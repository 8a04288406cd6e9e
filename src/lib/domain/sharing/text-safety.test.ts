import { describe, expect, it } from 'vitest';
import { cleanText, textFault } from './text-safety';

describe('shared text', () => {
	it.each([
		['Li\u202eaN', 'bidi'],
		['Li\u2066Na\u2069', 'bidi'],
		['Li\u200fNa', 'bidi'],
		['Week\u20283', 'line-separator'],
		['Week\u20293', 'line-separator'],
		['Li\ud800Na', 'surrogate'],
		['\udc00', 'surrogate'],
		['Li\u0007', 'control'],
		['Li\tNa', 'control'],
		['\u200b', 'invisible'],
		['\u200b\u200d\ufeff ', 'invisible'],
		['\u3164', 'invisible'],
		['\u0301', 'invisible']
	])('refuses %j as %s', (text, fault) => {
		expect(textFault(text)).toBe(fault);
	});

	it('accepts real names in any script, emoji and empty text; tab and newline only in notes', () => {
		for (const ok of ['', 'Li Na 李娜', 'José', 'محمد', '👩‍🏫 王老师', 'Zoë', 'کی‌بورد'])
			expect(textFault(ok)).toBeNull();
		expect(textFault('line one\n\tline two', true)).toBeNull();
	});

	it('cleans typed text into text it accepts', () => {
		expect(cleanText('Li\u202eNa\u2028')).toBe('Li Na ');
		expect(cleanText('\u200b\u200b')).toBe('');
		expect(cleanText('ab\ud83d')).toBe('ab ');
		for (const s of ['\u202e\u0000x\u2029', '\t\n', '\ud800\u200b'])
			expect(textFault(cleanText(s))).toBeNull();
	});
});
