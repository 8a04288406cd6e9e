/** Missions on value: one customer's CLV, the top 5 % share, a channel's LTV/CAC, the worst CAC. */
import { CHANNELS, TIERS } from '../catalog';
import { customerClvInputs, clvSteps } from '../clv';
import { customerCode, customerName } from '../names';
import { segmentFlags, SEGMENTS } from '../segments';
import type { MissionCheck, MissionData } from './types';
import { choiceAnswer, near, numberAnswer, param, percent, right, wrong } from './verdicts';

/**
 * The mission's customer: the 金卡 member with three or more orders and the median spend, so the
 * numbers are typical. Tiers follow spend, not the RFM settings, so the customer stays the same
 * whatever thresholds the learner picks.
 */
export function clvSubject(data: MissionData): number {
	const { values } = data.metrics;
	const picked: number[] = [];
	const gold = TIERS.indexOf('金卡');
	for (let i = 0; i < data.customers.count; i++) {
		if (data.customers.tier[i] === gold && (values.frequency[i] ?? 0) >= 3) picked.push(i);
	}
	if (picked.length === 0)
		for (let i = 0; i < data.customers.count; i++) if ((values.frequency[i] ?? 0) > 0) picked.push(i);
	picked.sort((a, b) => (values.monetary[a] ?? 0) - (values.monetary[b] ?? 0) || a - b);
	return picked[Math.floor(picked.length / 2)] ?? 0;
}

const yuan = (x: number) => `${x.toFixed(2)}元`;

export const customerClv: MissionCheck = {
	answer: 'number',
	params: { margin: 'number', years: 'number' },
	subject: (data) => {
		const i = clvSubject(data);
		return { customer: `${customerCode(i)} ${customerName(data.customers, i)}` };
	},
	check(data, params, answer) {
		const given = numberAnswer(answer);
		const i = clvSubject(data);
		const margin = param<number>(params, 'margin', 'number');
		const years = param<number>(params, 'years', 'number');
		const inputs = customerClvInputs(data.metrics.values, i, data.customers.joinDay[i] ?? 0, data.today, {
			margin,
			years
		});
		const steps = clvSteps(inputs);
		const expected = yuan(steps.clv);
		if (near(given, steps.clv, 0.01, 1)) return right(expected, yuan(given));
		const f = data.metrics.values.frequency[i] ?? 0;
		const diagnosis = near(given, steps.revenuePerYear * years, 0.01, 1)
			? {
					zh: `你忘了乘以毛利率 ${percent(margin, 0)}：CLV 算的是利润，不是销售额。`,
					en: `You left out the ${percent(margin, 0)} margin: CLV counts profit, not sales.`
				}
			: near(given, data.metrics.values.monetary[i] ?? 0, 0.01, 1)
				? {
						zh: `这是客户到现在为止的消费总额（M 值），不是未来的终身价值。`,
						en: `That is what the customer has spent so far (their M value), not their lifetime value.`
					}
				: near(given, inputs.averageOrder * f * margin * years, 0.01, 1)
					? {
							zh: `你用了订单总数 ${f}，应该用每年的购买次数 ${inputs.purchasesPerYear}。`,
							en: `You used all ${f} orders; use the purchases per year, ${inputs.purchasesPerYear}.`
						}
					: near(given, data.metrics.clv[i] ?? 0, 0.01, 1)
						? {
								zh: `这是画像里按默认假设算的 CLV；这个任务的毛利率和年限不一样。`,
								en: `That is the profile's CLV under the default assumptions; this mission uses a different margin and number of years.`
							}
						: {
								zh: `步骤：客单价 ${inputs.averageOrder} × 每年购买次数 ${inputs.purchasesPerYear} × 毛利率 × 年限。`,
								en: `The steps: average order ${inputs.averageOrder} × purchases per year ${inputs.purchasesPerYear} × margin × years.`
							};
		return wrong(expected, yuan(given), diagnosis);
	}
};

export const top5Share: MissionCheck = {
	answer: 'number',
	params: {},
	check(data, _params, answer) {
		const given = numberAnswer(answer);
		const share = data.report.top5Share * 100;
		const expected = `${share.toFixed(1)}%`;
		if (near(given, share, 0, 0.5)) return right(expected, `${given}%`);
		const platinum = (data.report.pyramid.at(-1)?.revenueShare ?? 0) * 100;
		const diagnosis = near(given, platinum, 0, 0.5)
			? {
					zh: `这是白金会员的收入占比；白金不一定正好是消费最高的前 5%。`,
					en: `That is the 白金 tier's share; the tier is not exactly the top 5 % of spenders.`
				}
			: given === 5
				? {
						zh: `5% 是客户的比例，问题问的是他们贡献的收入占比。`,
						en: `5 % is the share of customers; the question asks for their share of revenue.`
					}
				: {
						zh: `看客户金字塔上“前5%客户”的收入占比。`,
						en: `Read the top-5 % revenue share on the customer pyramid.`
					};
		return wrong(expected, `${given}%`, diagnosis);
	}
};

export const worstCac: MissionCheck = {
	answer: 'choice',
	params: {},
	options: () => [...CHANNELS],
	check(data, _params, answer) {
		const given = choiceAnswer(answer);
		const rows = data.report.channels.filter((c) => c.cac !== null);
		const worst = rows.reduce((a, b) => ((b.cac ?? 0) > (a.cac ?? 0) ? b : a));
		if (given === worst.channel) return right(worst.channel, given);
		const mine = data.report.channels.find((c) => c.channel === given);
		const biggest = rows.reduce((a, b) => (b.spend > a.spend ? b : a));
		const diagnosis =
			given === biggest.channel
				? {
						zh: `${given}的总投放最多，但它带来的新客户也最多。CAC = 投放 ÷ 新客户数。`,
						en: `${given} spends the most in total, but it also wins the most customers. CAC = spend ÷ new customers.`
					}
				: {
						zh: `${given}的 CAC 是 ${mine?.cac ?? '—'}元，低于${worst.channel}的 ${worst.cac}元。`,
						en: `${given}'s CAC is ${mine?.cac ?? '—'} 元, lower than ${worst.channel}'s ${worst.cac} 元.`
					};
		return wrong(worst.channel, given, diagnosis);
	}
};

export const channelRatio: MissionCheck = {
	answer: 'number',
	params: { channel: 'string' },
	allowed: { channel: CHANNELS },
	check(data, params, answer) {
		const given = numberAnswer(answer);
		const name = param<string>(params, 'channel', 'string');
		const row = data.report.channels.find((c) => c.channel === name);
		const ratio = row?.ratio ?? 0;
		const expected = ratio.toFixed(1);
		if (near(given, ratio, 0, 0.1)) return right(expected, String(given));
		const cac = row?.cac ?? 0;
		const diagnosis =
			ratio > 0 && near(given, 1 / ratio, 0, 0.01)
				? {
						zh: `你算成了 CAC ÷ LTV；比值是 LTV 除以 CAC。`,
						en: `You divided CAC by LTV; the ratio is LTV divided by CAC.`
					}
				: near(given, (row?.ltv ?? 0) - cac, 0.01, 1)
					? { zh: `这是 LTV − CAC 的差，不是比值。`, en: `That is LTV − CAC, a difference, not the ratio.` }
					: {
							zh: `${name}的平均 LTV 是 ${row?.ltv}元，CAC 是 ${cac}元。`,
							en: `${name}'s average LTV is ${row?.ltv} 元 and its CAC is ${cac} 元.`
						};
		return wrong(expected, String(given), diagnosis);
	}
};

export const dedicatedService: MissionCheck = {
	answer: 'choice',
	params: {},
	options: () => [...SEGMENTS],
	check(data, _params, answer) {
		const given = choiceAnswer(answer);
		const rows = data.report.segments;
		const best = rows.reduce((a, b) => (b.revenueShare > a.revenueShare ? b : a));
		if (given === best.segment) return right(best.segment, given);
		const mine = rows.find((r) => r.segment === given);
		const most = rows.reduce((a, b) => (b.customers > a.customers ? b : a));
		const mineIndex = SEGMENTS.indexOf(given as (typeof SEGMENTS)[number]);
		const diagnosis =
			given === most.segment
				? {
						zh: `${given}人数最多，但专属客服要给收入贡献最大的客户。`,
						en: `${given} has the most customers, but dedicated service goes to the customers who bring the most revenue.`
					}
				: mineIndex >= 0 && !segmentFlags(mineIndex).m
					? {
							zh: `${given}的 M 分低，消费金额不高，不值得配专属客服。`,
							en: `${given} have a low M score: they do not spend enough to justify a dedicated agent.`
						}
					: {
							zh: `${given}只贡献了 ${percent(mine?.revenueShare ?? 0)} 的收入，${best.segment}贡献了 ${percent(best.revenueShare)}。`,
							en: `${given} bring ${percent(mine?.revenueShare ?? 0)} of revenue; ${best.segment} bring ${percent(best.revenueShare)}.`
						};
		return wrong(best.segment, given, diagnosis);
	}
};
