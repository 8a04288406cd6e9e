import type { Translation } from '../types';
import type en from '../en/custom';

/** Chinese interface strings for custom study. */
export default {
	'custom.title': '自定义学习',
	'custom.kind.new': '超出今日上限，多学新卡片',
	'custom.kind.review': '超出今日上限，多做复习',
	'custom.kind.ahead': '提前复习',
	'custom.kind.forgotten': '最近忘记的卡片',
	'custom.kind.level': '某一CEFR级别',
	'custom.kind.template': '某一种卡片类型',
	'custom.extra': '再多几张',
	'custom.days': '天数',
	'custom.note': '只有你给出的答案会改变复习安排；今日上限和其他卡片保持不变。',
	'custom.start': '开始自定义学习',
	'custom.limits.title': '本卡组每日上限',
	'custom.limits.new': '每天新卡数',
	'custom.limits.review': '每天复习数',
	'custom.limits.note':
		'留空则只用所有卡组共用的上限（每天{new}张新卡、{review}张复习，在“设置”中修改）。一个卡组显示的卡片不会超过任何一个上限。',
	'custom.limits.save': '保存上限',
	'custom.limits.saved': '已保存，今天的卡片已按这些上限重新计算。'
} satisfies Translation<typeof en>;
