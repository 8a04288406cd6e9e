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
	'custom.start': '开始自定义学习'
} satisfies Translation<typeof en>;
