import { describe, expect, it } from 'vitest';
import { CEFR_LEVELS, levelDistance } from './items';

describe('CEFR levels', () => {
	it('run from easiest to hardest', () => {
		expect(CEFR_LEVELS).toEqual(['A1', 'A2', 'B1', 'B2', 'C1', 'C2']);
	});
	it('measure distance with a sign: up is positive', () => {
		expect(levelDistance('A2', 'B1')).toBe(1);
		expect(levelDistance('B1', 'A2')).toBe(-1);
		expect(levelDistance('B2', 'B2')).toBe(0);
		expect(levelDistance('A1', 'C2')).toBe(5);
	});
});
