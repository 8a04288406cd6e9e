import { describe, expect, it } from 'vitest';
import { checkRoster, cleanRoster, parseRoster, ROSTER_LIMIT } from './roster';

describe('class roster', () => {
	it('reads names one per line or comma-separated, each once, without hidden characters', () => {
		expect(parseRoster('Li Na\nZhang Wei, 王芳；li  na\n\n\u202eEvil\u200b\n\u200b')).toEqual([
			'Li Na',
			'Zhang Wei',
			'王芳',
			'Evil'
		]);
		expect(cleanRoster([1, null, 'A', { x: 1 }])).toEqual(['A']);
		expect(cleanRoster(Array.from({ length: 900 }, (_, i) => `n${i}`))).toHaveLength(ROSTER_LIMIT);
	});

	it('names who has not reported and flags reports from names it does not hold', () => {
		const check = checkRoster(
			['Li Na', 'Zhang Wei', '王芳'],
			[
				{ learnerId: 'a', learner: 'li na' },
				{ learnerId: 'b', learner: 'ＷＡＮＧ' },
				{ learnerId: 'c', learner: '王芳' }
			]
		);
		expect(check.missing).toEqual(['Zhang Wei']);
		expect([...check.unknown]).toEqual(['b']);
	});
});
