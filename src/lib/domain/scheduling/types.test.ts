import { describe, expect, it } from 'vitest';
import { GRADES } from './types';

describe('GRADES', () => {
	it('lists the buttons from Again to Easy', () => {
		expect(GRADES).toEqual([1, 2, 3, 4]);
	});
});
