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

/** Percentage points by which the top 5 % of spenders out-earn the 白金 tier's share of revenue. */
export const top5OverPlatinum: MissionCheck = {
	answer: 'number',
	params: {},
	check(data, _params, answer) {
		const given = numberAnswer(answer);
		const top5 = data.report.top5Share * 100;
		const platinum = (data.report.pyramid.at(-1)?.revenueShare ?? 0) * 100;
		const gap = top5 - platinum;
		const expected = gap.toFixed(1);
		if (near(given, gap, 0, 0.15)) return right(expected, String(given));
		const diagnosis = near(given, top5, 0, 0.5)
			? {
					zh: `这是前5%客户的收入占比，还要减去白金会员的收入占比。`,
					en: `That is the top 5 %'s share of revenue; now subtract the 白金 tier's share.`
				}
			: near(given, platinum, 0, 0.5)
				? {
						zh: `这是白金会员的收入占比；问题问的是两个占比相差多少个百分点。`,
						en: `That is the 白金 tier's share; the question asks how many points apart the two shares are.`
					}
				: near(given, -gap, 0, 0.15)
					? {
							zh: `减反了：用前5%的占比减去白金的占比。`,
							en: `Subtracted the wrong way round: top 5 % minus 白金.`
						}
					: {
							zh: `在客户金字塔上找这两个收入占比，再相减。`,
							en: `Find both shares of revenue on the customer pyramid, then subtract.`
						};
		return wrong(expected, String(given), diagnosis);
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
						zh: `${given}的 CAC 是 ${mine?.cac ?? '—'}元，还有渠道更高。`,
						en: `${given}'s CAC is ${mine?.cac ?? '—'} 元; another channel's is higher.`
					};
		return wrong(worst.channel, given, diagnosis);
	}
};

/** A channel's LTV (元) under other assumptions: CLV is linear in margin × years. */
export function channelLtvAt(data: MissionData, channel: string, margin: number, years: number): number {
	const row = data.report.channels.find((c) => c.channel === channel);
	const base = data.report.options.assumptions;
	return ((row?.ltv ?? 0) * margin * years) / Math.max(1e-9, base.margin * base.years);
}

export const channelRatio: MissionCheck = {
	answer: 'number',
	params: { channel: 'string', margin: 'number', years: 'number' },
	allowed: { channel: CHANNELS },
	check(data, params, answer) {
		const given = numberAnswer(answer);
		const name = param<string>(params, 'channel', 'string');
		const margin = param<number>(params, 'margin', 'number');
		const years = param<number>(params, 'years', 'number');
		const row = data.report.channels.find((c) => c.channel === name);
		const cac = row?.cac ?? 0;
		const ltv = channelLtvAt(data, name, margin, years);
		const ratio = cac > 0 ? ltv / cac : 0;
		const expected = ratio.toFixed(1);
		if (near(given, ratio, 0, 0.1)) return right(expected, String(given));
		const shown = row?.ratio ?? 0;
		const diagnosis =
			ratio > 0 && near(given, 1 / ratio, 0, 0.01)
				? {
						zh: `你算成了 CAC ÷ LTV；比值是 LTV 除以 CAC。`,
						en: `You divided CAC by LTV; the ratio is LTV divided by CAC.`
					}
				: near(given, shown, 0, 0.1) && !near(shown, ratio, 0, 0.1)
					? {
							zh: `这是按当前假设算的比值；先把利润率改成 ${percent(margin, 0)}、年限改成 ${years} 年。`,
							en: `That is the ratio under the current assumptions; set the margin to ${percent(margin, 0)} and the years to ${years} first.`
						}
					: near(given, ltv - cac, 0.01, 1)
						? { zh: `这是 LTV − CAC 的差，不是比值。`, en: `That is LTV − CAC, a difference, not the ratio.` }
						: {
								zh: `LTV 要按 ${percent(margin, 0)} 的利润率和 ${years} 年重新算，再除以 CAC。`,
								en: `Recompute LTV at a ${percent(margin, 0)} margin over ${years} years, then divide by CAC.`
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
							zh: `${given}只贡献了 ${percent(mine?.revenueShare ?? 0)} 的收入，还有一类客户贡献得更多。`,
							en: `${given} bring ${percent(mine?.revenueShare ?? 0)} of revenue; another segment brings more.`
						};
		return wrong(best.segment, given, diagnosis);
	}
};
