import { describe, expect, it } from 'vitest';
import { answerTime, clockFault, CLOCK_TOLERANCE_MS } from './clock';

const NOW = Date.UTC(2026, 2, 1, 10);

describe('clockFault', () => {
	it('is quiet when the newest answer is earlier or within the tolerance', () => {
		expect(clockFault(NOW, undefined)).toBeNull();
		expect(clockFault(NOW, NOW - 1000)).toBeNull();
		expect(clockFault(NOW, NOW + CLOCK_TOLERANCE_MS)).toBeNull();
	});

	it('reports a clock that reads before an answer already given', () => {
		const newestAt = NOW + 365 * 86_400_000;
		expect(clockFault(NOW, newestAt)).toEqual({ kind: 'behind', newestAt, now: NOW });
	});
});

describe('answerTime', () => {
	it('keeps the clock when it is after the card’s last answer', () => {
		expect(answerTime(NOW, NOW - 60_000)).toBe(NOW);
		expect(answerTime(NOW, undefined)).toBe(NOW);
	});

	it('never dates an answer before the card’s previous one', () => {
		expect(answerTime(NOW, NOW + 60_000)).toBe(NOW + 60_000);
	});
});
