import { describe, expect, it } from 'vitest';
import { analysisReport, customerMetrics, DEFAULT_ANALYSIS } from '../analysis';
import { CHURN_WARNING } from '../automation';
import { CHANNELS, TICKET_CHANNELS } from '../catalog';
import { generateDataset } from '../generate';
import { SEGMENTS } from '../segments';
import { MISSION_CHECKS } from './registry';
import type { MissionAnswer, MissionData } from './types';
import { bestChurnWarningRule } from './service-checks';
import { clvSubject } from './value-checks';

const ds = generateDataset({ seed: 21, customers: 2000, today: 20_788 });
const metrics = customerMetrics(ds, DEFAULT_ANALYSIS);
const data: MissionData = {
	today: ds.today,
	customers: ds.customers,
	metrics,
	report: analysisReport(ds, metrics)
};
const num = (value: number): MissionAnswer => ({ kind: 'number', value });
const pick = (value: string): MissionAnswer => ({ kind: 'choice', value });
const count = (column: Uint8Array, v: number) => column.filter((x) => x === v).length;

describe('mission checks recompute the answer from the data', () => {
	it('counts customers, and spots counting buyers only', () => {
		const c = MISSION_CHECKS['customer-count'];
		expect(c.check(data, {}, num(2000)).correct).toBe(true);
		const buyers = metrics.values.frequency.filter((f) => f > 0).length;
		expect(c.check(data, {}, num(buyers)).diagnosis?.code).toBe('buyers-only');
	});

	it('counts a segment, and names the score that was mixed up', () => {
		const c = MISSION_CHECKS['segment-count'];
		const params = { segment: '重要挽留客户' };
		const expected = count(metrics.segments, 3);
		expect(c.check(data, params, num(expected)).correct).toBe(true);
		// 一般挽留客户 differ only by M, so counting them means taking low-M customers as 重要挽留.
		const general = count(metrics.segments, SEGMENTS.indexOf('一般挽留客户'));
		const verdict = c.check(data, params, num(general));
		expect(verdict.correct).toBe(false);
		expect(verdict.diagnosis).toEqual({
			code: 'took-low',
			facts: { counted: '一般挽留客户', flag: 'M', name: '重要挽留客户' }
		});
		const valuable = count(metrics.segments, 0);
		const v2 = MISSION_CHECKS['segment-count'].check(
			data,
			{ segment: '重要价值客户' },
			num(count(metrics.segments, 2))
		);
		expect(valuable).not.toBe(count(metrics.segments, 2));
		expect(v2.diagnosis).toMatchObject({ code: 'took-low', facts: { flag: 'R', name: '重要价值客户' } });
	});

	it('checks one customer’s CLV with the mission’s margin and years, and spots a missing margin', () => {
		const c = MISSION_CHECKS['customer-clv'];
		const i = clvSubject(data);
		const years = (ds.today - (ds.customers.joinDay[i] ?? 0) + 1) / 365;
		const f = metrics.values.frequency[i] ?? 0;
		const perYear = Math.round((f / Math.max(0.25, years)) * 100) / 100;
		const aov = Math.round(((metrics.values.monetary[i] ?? 0) / f) * 100) / 100;
		const params = { margin: 0.25, years: 5 };
		expect(c.check(data, params, num(aov * perYear * 0.25 * 5)).correct).toBe(true);
		expect(c.check(data, params, num(aov * perYear * 5)).diagnosis?.code).toBe('no-margin');
		expect(c.subject?.(data, params).customer).toMatch(/^C\d{6} \p{Script=Han}+$/u);
	});

	it('finds the worst CAC and the weakest service channel', () => {
		const worst = [...data.report.channels].sort((a, b) => (b.cac ?? 0) - (a.cac ?? 0))[0];
		expect(MISSION_CHECKS['worst-cac'].check(data, {}, pick(worst?.channel ?? '')).correct).toBe(true);
		const other = CHANNELS.find((c) => c !== worst?.channel) ?? '';
		expect(MISSION_CHECKS['worst-cac'].check(data, {}, pick(other)).diagnosis).not.toBeNull();
		const sat = data.report.serviceByChannel;
		const low =
			(sat[0]?.satisfaction ?? 0) < (sat[1]?.satisfaction ?? 0) ? TICKET_CHANNELS[0] : TICKET_CHANNELS[1];
		expect(MISSION_CHECKS['worst-service-channel'].check(data, {}, pick(low)).correct).toBe(true);
	});

	it('checks NPS, and spots forgetting the detractors', () => {
		const scores = Array.from(ds.nps.score);
		const promoters = (scores.filter((s) => s >= 9).length / scores.length) * 100;
		const detractors = (scores.filter((s) => s <= 6).length / scores.length) * 100;
		const c = MISSION_CHECKS['nps-score'];
		expect(c.check(data, {}, num(Math.round((promoters - detractors) * 10) / 10)).correct).toBe(true);
		expect(c.check(data, {}, num(promoters)).diagnosis?.code).toBe('promoters-only');
	});

	it('judges the churn-warning rule on margin after coupons, and explains a rule that reaches too many', () => {
		const c = MISSION_CHECKS['churn-warning-rule'];
		// The preset's 50 元 coupon raises revenue but loses money at the shop's 30 % margin.
		const preset = c.check(data, {}, { kind: 'rule', rule: CHURN_WARNING });
		expect(preset.correct).toBe(false);
		expect(preset.diagnosis).toMatchObject({ code: 'loses-money', facts: { margin: '30%' } });
		// A 5 元 coupon still pays: 293 元 of margin against 282 元 of coupons on this shop.
		expect(c.check(data, {}, { kind: 'rule', rule: { ...CHURN_WARNING, coupon: 5 } }).correct).toBe(true);
		const early = c.check(data, {}, { kind: 'rule', rule: { ...CHURN_WARNING, inactiveDays: 7 } });
		expect(early.diagnosis?.code).toBe('reaches-recent');
		const open = c.check(data, {}, { kind: 'rule', rule: { ...CHURN_WARNING, maxInactiveDays: null } });
		expect(open.diagnosis?.code).toBe('reaches-lost');
		const once = c.check(data, {}, { kind: 'rule', rule: { ...CHURN_WARNING, minOrders: 1 } });
		expect(once.diagnosis?.code).toBe('reaches-one-time');
	});

	it('checks the top-5 % share minus the 白金 share, and a channel’s LTV/CAC under other assumptions', () => {
		const gap = (data.report.top5Share - (data.report.pyramid.at(-1)?.revenueShare ?? 0)) * 100;
		const c5 = MISSION_CHECKS['top5-over-platinum'];
		expect(c5.check(data, {}, num(Math.round(gap * 10) / 10)).correct).toBe(true);
		expect(c5.check(data, {}, num(Math.round(data.report.top5Share * 1000) / 10)).diagnosis?.code).toBe(
			'top-share-only'
		);
		const douyin = data.report.channels.find((c) => c.channel === '抖音');
		// LTV scales with margin × years: 0.2 × 2 against the default 0.3 × 3.
		const ratio = ((douyin?.ltv ?? 0) * (0.4 / 0.9)) / (douyin?.cac ?? 1);
		const params = { channel: '抖音', margin: 0.2, years: 2 };
		const c = MISSION_CHECKS['channel-ratio'];
		expect(c.check(data, params, num(Math.round(ratio * 10) / 10)).correct).toBe(true);
		expect(c.check(data, params, num(douyin?.ratio ?? 0)).diagnosis?.code).toBe('current-assumptions');
		expect(c.check(data, params, num(Math.round((1 / ratio) * 100) / 100)).diagnosis?.code).toBe('inverted');
	});
});

describe('giving up on the churn-warning rule', () => {
	it('reveals a rule with a coupon that really makes money', () => {
		const rule = bestChurnWarningRule(data);
		expect(MISSION_CHECKS['churn-warning-rule'].check(data, {}, { kind: 'rule', rule }).correct).toBe(true);
		expect(MISSION_CHECKS['churn-warning-rule'].check(data, {}, { kind: 'none' }).expected).toContain(
			`${rule.coupon}元`
		);
	});
});

describe('mission diagnoses', () => {
	it('every code a check gives is one it declares, with only the facts it declares', () => {
		const answers: MissionAnswer[] = [
			...[0, 1, 7, 42, 100, 2000, 0.5, -3].map(num),
			...[...CHANNELS, ...TICKET_CHANNELS, ...SEGMENTS].map(pick),
			{ kind: 'rule', rule: { ...CHURN_WARNING, inactiveDays: 7 } },
			{ kind: 'rule', rule: { ...CHURN_WARNING, maxInactiveDays: null } },
			{ kind: 'rule', rule: { ...CHURN_WARNING, minOrders: 1 } }
		];
		const seen = new Set<string>();
		for (const [name, check] of Object.entries(MISSION_CHECKS)) {
			const params = Object.fromEntries(
				Object.entries(check.params).map(([p, type]) => [
					p,
					check.allowed?.[p]?.[0] ?? (type === 'number' ? 90 : '')
				])
			);
			for (const answer of answers) {
				let verdict;
				try {
					verdict = check.check(data, params, answer);
				} catch {
					continue; // an answer of another kind
				}
				const d = verdict.diagnosis;
				if (!d) continue;
				seen.add(`${name}/${d.code}`);
				expect(Object.keys(check.diagnoses), name).toContain(d.code);
				for (const fact of Object.keys(d.facts ?? {}))
					expect(check.diagnoses[d.code], `${name}/${d.code}`).toContain(fact);
			}
		}
		expect(seen.size).toBeGreaterThan(20);
	});
});
