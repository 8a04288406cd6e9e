/** Missions that count things: customers, a tier, complaints, a segment, the biggest city. */
import { CITIES, TIERS } from '../catalog';
import { segmentFlags, SEGMENTS } from '../segments';
import type { MissionCheck, MissionData } from './types';
import { choiceAnswer, numberAnswer, param, right, wrong } from './verdicts';

const countWhere = (column: Uint8Array, value: number) =>
	column.reduce((n, v) => n + (v === value ? 1 : 0), 0);

export const customerCount: MissionCheck = {
	answer: 'number',
	params: {},
	check(data, _params, answer) {
		const given = numberAnswer(answer);
		const total = data.customers.count;
		const buyers = data.metrics.values.frequency.reduce((n, f) => n + (f > 0 ? 1 : 0), 0);
		if (given === total) return right(String(total), String(given));
		return wrong(
			String(total),
			String(given),
			given === buyers
				? {
						zh: `${buyers} 只是下过单的客户。还没买过东西的“陌生”客户也是客户。`,
						en: `${buyers} counts only customers who have ordered. Customers at the 陌生 stage, who have not bought yet, are customers too.`
					}
				: {
						zh: `不对。客户列表顶部写着总数，筛选条件要清空。`,
						en: `Not quite. The customer list shows the total at the top; clear every filter first.`
					}
		);
	}
};

export const tierCount: MissionCheck = {
	answer: 'number',
	params: { tier: 'string' },
	allowed: { tier: TIERS },
	check(data, params, answer) {
		const given = numberAnswer(answer);
		const tier = param<string>(params, 'tier', 'string');
		const counts = TIERS.map((_, t) => countWhere(data.customers.tier, t));
		const expected = counts[TIERS.indexOf(tier as (typeof TIERS)[number])] ?? 0;
		if (given === expected) return right(String(expected), String(given));
		const other = TIERS.find((_, t) => counts[t] === given);
		return wrong(
			String(expected),
			String(given),
			other
				? {
						zh: `${given} 是${other}会员的人数，不是${tier}。`,
						en: `${given} is the number of ${other} members, not ${tier}.`
					}
				: {
						zh: `请按会员等级筛选“${tier}”，再看人数。`,
						en: `Filter the list by the member tier “${tier}” and read the count.`
					}
		);
	}
};

export const topCity: MissionCheck = {
	answer: 'choice',
	params: {},
	options: () => [...CITIES],
	check(data, _params, answer) {
		const given = choiceAnswer(answer);
		const counts = CITIES.map((_, c) => countWhere(data.customers.city, c));
		const best = counts.indexOf(Math.max(...counts));
		const expected = CITIES[best] ?? '';
		if (given === expected) return right(expected, given);
		const mine = counts[CITIES.indexOf(given as (typeof CITIES)[number])] ?? 0;
		return wrong(expected, given, {
			zh: `${given}有 ${mine} 位客户，还有城市比它多。按城市筛选，比一比人数。`,
			en: `${given} has ${mine} customers; another city has more. Filter by city and compare the counts.`
		});
	}
};

export const complaintCount: MissionCheck = {
	answer: 'number',
	params: {},
	check(data, _params, answer) {
		const given = numberAnswer(answer);
		const byType = data.report.serviceByType;
		const expected = byType.find((g) => g.key === '投诉')?.tickets ?? 0;
		const all = byType.reduce((n, g) => n + g.tickets, 0);
		if (given === expected) return right(String(expected), String(given));
		const other = byType.find((g) => g.tickets === given && g.key !== '投诉');
		const diagnosis =
			given === all
				? {
						zh: `${all} 是所有工单的数量；咨询、退货、退款和售后都不是投诉。`,
						en: `${all} is every ticket; 咨询, 退货, 退款 and 售后 tickets are not complaints.`
					}
				: other
					? {
							zh: `${given} 是“${other.key}”工单的数量，不是投诉。`,
							en: `${given} is the number of “${other.key}” tickets, not complaints (投诉).`
						}
					: { zh: `在工单类型里找“投诉”那一行。`, en: `Find the 投诉 row among the ticket types.` };
		return wrong(String(expected), String(given), diagnosis);
	}
};

const flagWords = { r: 'R', f: 'F', m: 'M' } as const;

/** How the learner's current segments were cut, for the statement: missions follow the learner's choice. */
export function conventionNames(data: MissionData): { convention: string; conventionEn: string } {
	const o = data.report.options;
	if (o.convention === 'mean')
		return { convention: '均值法：高于平均值为高', conventionEn: 'the mean convention' };
	if (o.mode.kind === 'thresholds')
		return {
			convention: `你设的分界点，${o.highFrom}分及以上为高`,
			conventionEn: `your own cut points, ${o.highFrom}+ high`
		};
	return { convention: `五分位，${o.highFrom}分及以上为高`, conventionEn: `quintiles, ${o.highFrom}+ high` };
}

export const segmentCount: MissionCheck = {
	answer: 'number',
	params: { segment: 'string' },
	allowed: { segment: SEGMENTS },
	subject: (data) => conventionNames(data),
	check(data: MissionData, params, answer) {
		const given = numberAnswer(answer);
		const name = param<string>(params, 'segment', 'string');
		const target = SEGMENTS.indexOf(name as (typeof SEGMENTS)[number]);
		const counts = SEGMENTS.map((_, s) => countWhere(data.metrics.segments, s));
		const expected = counts[target] ?? 0;
		if (given === expected) return right(String(expected), String(given));
		const other = counts.findIndex((c, s) => c === given && s !== target);
		if (other < 0) {
			return wrong(String(expected), String(given), {
				zh: `在 RFM 分析里看“${name}”那一行的人数。`,
				en: `Read the count on the “${name}” row of the RFM analysis.`
			});
		}
		// Name the first score that differs between the segment counted and the one asked for.
		const want = segmentFlags(target);
		const got = segmentFlags(other);
		const key = (['m', 'r', 'f'] as const).find((k) => want[k] !== got[k]) ?? 'm';
		const level = got[key] ? { zh: '高', en: 'high' } : { zh: '低', en: 'low' };
		return wrong(String(expected), String(given), {
			zh: `你数的是${SEGMENTS[other]}：你把 ${flagWords[key]} 分${level.zh}的客户当成了${name}。`,
			en: `You counted ${SEGMENTS[other]}: you took customers with a ${level.en} ${flagWords[key]} score as ${name}.`
		});
	}
};
