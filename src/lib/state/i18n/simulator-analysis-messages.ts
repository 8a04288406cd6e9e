/** Interface strings for the simulator's definitions, calculators and mission answers; spread into messages.ts. */
export const en = {
	'sim.missions.giveUp': 'Give up and show the answer',
	'sim.missions.tryAgain': 'Try again; the answer stays hidden until you solve it or give up.',
	'sim.missions.answerWas': 'The answer:',
	'sim.missions.countsAsFail': 'this counts as a wrong answer. A new seed gives a fresh try.',
	'sim.auto.badRule':
		'This rule cannot run: use whole days, an upper limit above the lower one, and a coupon from 0 to 1000 元.',
	'sim.auto.profitSteps': 'How the profit is worked out',
	'sim.auto.pays': 'The rule makes money after coupons, at the shop’s margin.',
	'sim.auto.loses': 'The rule loses money: the margin on the extra orders does not cover the coupons.',
	'sim.calc.empty': 'Enter a number.',
	'sim.calc.notNumber': 'This is not a number.',
	'sim.calc.negative': 'Enter 0 or more.',
	'sim.calc.above100': 'A rate can be at most 100 %. Write 20 %, 20 or 0.2.',
	'sim.calc.zeroRate': 'A conversion rate of 0 means nobody ever pays, so there is no CAC.',
	'sim.calc.zeroOrdinary': 'The ordinary customer spends nothing, so there is nothing to compare with.',
	'sim.calc.zeroCac': 'CAC must be above 0: LTV/CAC divides by it.',
	'sim.value.cacPaying':
		'CAC divides by paying customers only: registrations who never buy cost money but bring nothing.',
	'sim.value.membership': 'paid membership',
	'sim.value.membershipNote':
		'The article gives ranges: 1–2 orders a month for ordinary customers, 5–6 for members. The middle of each range is used.',
	'sim.value.discounting': 'Also count yearly retention and discounting',
	'sim.value.variant': 'Which LTV',
	'sim.value.byRevenue': 'Revenue only (as the article reads it)',
	'sim.value.byMargin': 'After the cost to serve (margin)',
	'sim.value.byDiscount': 'After cost to serve, with retention and discounting',
	'sim.value.gymReading':
		'The article calls {revenue} the LTV: revenue. Its “total profit” {profit} is what is left after CAC ({cac}) and service ({service}). LTV/CAC depends on which LTV you use; the rule of thumb is at least {rule}.',
	'sim.value.standing.healthy': '≥ {rule} ✓',
	'sim.value.standing.thin': '< {rule}',
	'sim.value.standing.losing': '< 1 ✗',
	'sim.value.channelNote':
		'CAC = spend ÷ paying customers. LTV = the average CLV of the channel’s paying customers, by margin ({margin} over {years} years). Rule of thumb: LTV/CAC at least {rule}.',
	'sim.retention.summary':
		'Churned buyers today: {churned} / {buyers} (no order for {window, plural, one {# day} other {# days}} or more).',
	'sim.retention.atAge':
		'Retention {months, plural, one {# month} other {# months}} after joining, by join month',
	'sim.rfm.convention': 'What counts as high',
	'sim.rfm.byScores': 'Scores (quintiles or my cut points) at or above the “high” mark',
	'sim.rfm.byMean': 'The mean: better than the buyers’ average (most Chinese tutorials)',
	'sim.rfm.cutsMean': 'Cut-offs: the buyers’ means',
	'sim.rfm.cutsScores': 'Cut-offs: the loosest value that still scores {from} or more',
	'sim.rfm.ties':
		'Equal values must share a score, so the groups are rarely exact fifths. F has the most ties (order counts are small whole numbers): the counts below show how uneven the groups really are.',
	'sim.rfm.fCounts': 'Buyers per F score',
	'sim.service.npsHow':
		'NPS comes from the 0–10 recommend question, not from satisfaction: promoters score 9–10, passives 7–8, detractors 0–6. Work it out from the counts above.'
} as const;

export const zh: Record<keyof typeof en, string> = {
	'sim.missions.giveUp': '放弃并看答案',
	'sim.missions.tryAgain': '再试一次；答对或放弃之前，答案不会显示。',
	'sim.missions.answerWas': '答案：',
	'sim.missions.countsAsFail': '这次算答错。换一个种子可以重新做。',
	'sim.auto.badRule': '这条规则无法运行：天数要是整数，上限要大于下限，优惠券在 0 到 1000 元之间。',
	'sim.auto.profitSteps': '利润的算法',
	'sim.auto.pays': '按店铺的利润率算，扣掉优惠券以后这条规则是赚钱的。',
	'sim.auto.loses': '这条规则在亏钱：多出来的订单带来的利润抵不过优惠券。',
	'sim.calc.empty': '请填一个数字。',
	'sim.calc.notNumber': '这不是一个数字。',
	'sim.calc.negative': '请填 0 或更大的数。',
	'sim.calc.above100': '比率最多是 100%。可以写 20%、20 或 0.2。',
	'sim.calc.zeroRate': '转化率是 0，就没有人付费，也就算不出获客成本。',
	'sim.calc.zeroOrdinary': '普通客户的消费是 0，没法比较。',
	'sim.calc.zeroCac': '获客成本必须大于 0：LTV/CAC 要除以它。',
	'sim.value.cacPaying': '获客成本只除以付费客户：注册了却从不购买的人花了钱，却没有带来收入。',
	'sim.value.membership': '付费会员',
	'sim.value.membershipNote': '课文给的是范围：普通客户每月 1–2 次，会员每月 5–6 次。这里取中间值。',
	'sim.value.discounting': '再考虑每年的留存率和折现',
	'sim.value.variant': '哪一种 LTV',
	'sim.value.byRevenue': '只算收入（课文的算法）',
	'sim.value.byMargin': '扣除服务成本（按利润）',
	'sim.value.byDiscount': '扣除服务成本，并考虑留存和折现',
	'sim.value.gymReading':
		'课文把 {revenue} 叫做 LTV，算的是收入。课文里的“总利润” {profit} 是再扣掉获客成本（{cac}）和服务成本（{service}）以后剩下的。LTV/CAC 的值取决于用哪一种 LTV；经验法则是至少 {rule}。',
	'sim.value.standing.healthy': '≥ {rule} ✓',
	'sim.value.standing.thin': '< {rule}',
	'sim.value.standing.losing': '< 1 ✗',
	'sim.value.channelNote':
		'CAC = 投放 ÷ 付费客户。LTV = 这个渠道付费客户的平均客户终身价值，按利润算（利润率 {margin}，{years} 年）。经验法则：LTV/CAC 至少 {rule}。',
	'sim.retention.summary': '到今天已流失的买家：{churned} / {buyers}（{window} 天或更久没有下单）。',
	'sim.retention.atAge': '注册 {months} 个月后的留存率（按注册月份）',
	'sim.rfm.convention': '怎样算“高”',
	'sim.rfm.byScores': '按分数：达到“高”的分数（五分位或自定分界点）',
	'sim.rfm.byMean': '按均值：比买家的平均值好（大多数中文教程的做法）',
	'sim.rfm.cutsMean': '分界值：买家的平均值',
	'sim.rfm.cutsScores': '分界值：还能拿到 {from} 分或以上的最宽的数值',
	'sim.rfm.ties':
		'数值相同的客户必须同分，所以各组不是正好五分之一：大多数买家只下过几单，全都挤在同样的低 F 分里。',
	'sim.rfm.fCounts': '每个 F 分的买家人数',
	'sim.service.npsHow':
		'NPS 来自 0–10 分的推荐意愿问题，不是满意度：9–10 分是推荐者，7–8 分是中立者，0–6 分是贬损者。请用上面的人数自己算。'
} as const;
