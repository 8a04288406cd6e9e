import { describe, expect, it } from 'vitest';
import type { MissionError } from './types';
import { choiceAnswer, numberAnswer } from './verdicts';

describe('reading a mission answer', () => {
	it('refuses an answer of the wrong kind with a code, not a sentence', () => {
		expect(() => numberAnswer({ kind: 'choice', value: '高' })).toThrow(
			expect.objectContaining({ problem: 'needs-number' }) as MissionError
		);
		expect(() => choiceAnswer({ kind: 'number', value: 3 })).toThrow(
			expect.objectContaining({ problem: 'needs-choice' }) as MissionError
		);
	});
	it('reads a given-up answer as matching nothing', () => {
		expect(numberAnswer({ kind: 'none' })).toBeNaN();
		expect(choiceAnswer({ kind: 'none' })).toBe('');
	});
});
