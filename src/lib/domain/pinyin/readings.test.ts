import { describe, expect, it } from 'vitest';
import { acceptedTones, syllableChars } from './readings';

describe('acceptedTones', () => {
	it('accepts 一 and 不 in their citation tones and tone-changed forms', () => {
		expect(acceptedTones('一般', ['yì', 'bān'])[0]?.sort()).toEqual([1, 4]);
		expect(acceptedTones('一定', ['yí', 'dìng'])[0]?.sort()).toEqual([1, 2]);
		expect(acceptedTones('不满', ['bù', 'mǎn'])[0]).toEqual([4]);
		expect(acceptedTones('不够', ['bú', 'gòu'])[0]?.sort()).toEqual([2, 4]);
		expect(acceptedTones('统一', ['tǒng', 'yī'])[1]).toEqual([1]);
	});

	it('accepts the neutral and full tone of words dictionaries give both ways, wherever they occur', () => {
		expect(acceptedTones('关系', ['guān', 'xì'])).toEqual([[1], [4, 0]]);
		expect(acceptedTones('客户关系', ['kè', 'hù', 'guān', 'xi'])[3]?.sort()).toEqual([0, 4]);
	});

	it('leaves other words alone', () => {
		expect(acceptedTones('客户', ['kè', 'hù'])).toEqual([[4], [4]]);
		expect(acceptedTones('CRM系统', ['xì', 'tǒng'])).toEqual([[4], [3]]);
	});
});

describe('syllableChars', () => {
	it('pairs each syllable with its character, or gives up when they do not line up', () => {
		expect(syllableChars('CRM系统', ['xì', 'tǒng'])).toEqual(['系', '统']);
		expect(syllableChars('关系', ['guān'])).toBeNull();
	});
});
