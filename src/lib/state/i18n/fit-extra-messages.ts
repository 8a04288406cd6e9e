/** Strings for the optimizer's sampled training set and the re-optimize reminder's measured gain. */
export const en = {
	'optimize.scoredOn': 'Scored on all your reviews on a later day: {count}',
	'optimize.sampled':
		'To finish in seconds, the fit learned from every review of {cards} of your {ofCards, plural, one {# card} other {# cards}}, chosen evenly across your history. The scores above use all your reviews.',
	'optimize.reminderGain':
		'Measured on those new reviews, which the last fit never saw: log loss {current} with your parameters, {defaults} with the defaults (lower is better).'
} as const;

export const zh: Record<keyof typeof en, string> = {
	'optimize.scoredOn': '评分用到你全部隔天的复习：{count} 次',
	'optimize.sampled':
		'为了在几秒内完成，拟合只用了从你的 {ofCards} 张卡片中均匀选出的 {cards} 张卡片的全部复习。上表的数字用的是你全部的复习。',
	'optimize.reminderGain':
		'只在上次拟合没有见过的这些新复习上衡量：你的参数对数损失为 {current}，默认参数为 {defaults}（越低越好）。'
} as const;
