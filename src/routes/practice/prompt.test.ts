import { describe, expect, it } from 'vitest';
import { chooseCorrect } from '$lib/domain/practice/types/choose-correct';
import { seededRandom } from '$lib/domain/practice/random';
import { aQuiz } from '../../../tests/factories/practice';
import { promptKey } from './prompt';

describe('promptKey', () => {
	it('asks which sentence is correct for a grammar slip, and which suits the occasion for a register slip', () => {
		const grammar = chooseCorrect(aQuiz(), seededRandom(1));
		expect(promptKey(grammar)).toBe('practice.type.choose-correct');
		const register = chooseCorrect(
			aQuiz({
				kind: 'register',
				wrong: '老李，咱们的客户关系一直很好，来，干杯！',
				right: '老李，咱们早就不只是客户关系了，是老朋友，来，干杯！',
				fixed: ['老李，咱们早就不只是客户关系了，是老朋友，来，干杯！']
			}),
			seededRandom(1)
		);
		expect(promptKey(register)).toBe('practice.type.choose-correct-register');
	});
});
