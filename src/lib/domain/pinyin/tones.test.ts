import { describe, expect, it } from 'vitest';
import { stripTones, toNumbered, toneOf } from './tones';

describe('tones', () => {
	it('reads the tone from the mark', () => {
		expect(['mā', 'má', 'mǎ', 'mà', 'ma'].map(toneOf)).toEqual([1, 2, 3, 4, 0]);
		expect(toneOf('lǜ')).toBe(4);
	});
	it('strips marks but keeps ü', () => {
		expect(stripTones('kèhù guānxì')).toBe('kehu guanxi');
		expect(stripTones('lǜ')).toBe('lü');
	});
	it('writes tone numbers, ü as v and neutral as 5', () => {
		expect(['kè', 'lǜ', 'de'].map(toNumbered)).toEqual(['ke4', 'lv4', 'de5']);
	});
});
