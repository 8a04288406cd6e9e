import { beforeAll, describe, expect, it } from 'vitest';
import type { Interval } from '$lib/domain/scheduling/scheduler';
import { loadMessages } from './catalog.svelte';
import { Preferences } from '../runes/preferences.svelte';
import { intervalText } from './interval';

beforeAll(() => Promise.all([loadMessages(['study'], 'en'), loadMessages(['study'], 'zh')]));

const intervals: Interval[] = [
	{ unit: 'underMinute' },
	{ unit: 'minute', count: 1 },
	{ unit: 'minute', count: 10 },
	{ unit: 'hour', count: 1.5 },
	{ unit: 'day', count: 7 },
	{ unit: 'month', count: 3 },
	{ unit: 'month', count: 11.3 },
	{ unit: 'year', count: 1.2 }
];

/** Preferences saved in one interface language. */
function inLanguage(locale: 'en' | 'zh'): Preferences {
	const saved = new Map([['preferences', JSON.stringify({ locale })]]);
	return new Preferences({
		getItem: (key: string) => saved.get(key) ?? null,
		setItem: () => undefined
	} as unknown as Storage);
}

describe('intervalText', () => {
	it('keeps the short unit letters in English', () => {
		const prefs = inLanguage('en');
		expect(intervals.map((i) => intervalText(prefs, i))).toEqual([
			'<1m',
			'1m',
			'10m',
			'1.5h',
			'7d',
			'3mo',
			'11.3mo',
			'1.2y'
		]);
	});

	it('writes the units in Chinese in the Chinese interface', () => {
		const prefs = inLanguage('zh');
		expect(intervals.map((i) => intervalText(prefs, i))).toEqual([
			'<1分钟',
			'1分钟',
			'10分钟',
			'1.5小时',
			'7天',
			'3个月',
			'11.3个月',
			'1.2年'
		]);
	});
});
