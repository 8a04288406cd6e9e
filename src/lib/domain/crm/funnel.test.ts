import { describe, expect, it } from 'vitest';
import { funnelSteps, weakestStep } from './funnel';

describe('funnelSteps', () => {
	it('turns the last stage reached into stage-to-stage conversion', () => {
		// 10 leads: 4 stop at 初步接触, 2 at 需求分析, 1 at 邀约拜访, 1 at 方案报价, 2 sign.
		const steps = funnelSteps(Uint8Array.from([0, 0, 0, 0, 1, 1, 2, 3, 5, 5]));
		expect(steps.map((s) => s.reached)).toEqual([10, 6, 4, 3, 2, 2]);
		expect(steps.map((s) => s.fromPrevious)).toEqual([1, 0.6, 4 / 6, 0.75, 2 / 3, 1]);
		expect(steps[5]?.fromStart).toBe(0.2);
		expect(weakestStep(steps)).toBe(1);
	});
});
