import { describe, expect, it } from 'vitest';
import { allMissions, missionStatement } from './simulator';

describe('missionStatement', () => {
	const mission = allMissions().find((m) => m.id === 'count-win-back');

	it('words the learner’s RFM cut in both languages, with their “high” score', () => {
		if (!mission) throw new Error('the count-win-back mission is missing');
		const quintiles = missionStatement(mission, { convention: 'quintiles', highFrom: '3' });
		expect(quintiles.zh).toContain('（五分位，3分及以上为高）');
		expect(quintiles.en).toContain('(quintiles, 3+ high)');
		const mean = missionStatement(mission, { convention: 'mean', highFrom: '4' });
		expect(mean.zh).toContain('均值法');
		expect(mean.en).toContain('the mean convention');
		for (const text of [quintiles.zh, quintiles.en, mean.zh, mean.en]) expect(text).not.toMatch(/[{}]/);
	});

	it('fills other facts as they are', () => {
		const clv = allMissions().find((m) => /\{customer\}/.test(m.zh));
		if (!clv) throw new Error('no mission names a customer');
		expect(missionStatement(clv, { customer: 'C000042 王芳' }).zh).toContain('C000042 王芳');
	});
});
