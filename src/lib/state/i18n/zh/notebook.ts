import type { Translation } from '../types';
import type en from '../en/notebook';

/** Chinese interface strings for the mistake notebook. */
export default {
	'notebook.missions': 'CRM 模拟器任务',
	'notebook.title': '错题本',
	'notebook.intro':
		'卡片、搭配练习和测验中的每个错误都会记在这里。连续答对三次后，该项会移出错题本，但记录会保留。',
	'notebook.loading': '正在打开错题本…',
	'notebook.empty': '还没有错题。去练习吧，答错的题会出现在这里。',
	'notebook.active': '待复习',
	'notebook.cleared': '已移出',
	'notebook.activeCount': '{count}项待复习',
	'notebook.summary': '待复习：{active} · 已移出：{cleared} · 错误记录：{total}',
	'notebook.byKind': '按类型',
	'notebook.byWord': '按词语',
	'notebook.trend': '每天的错误数',
	'notebook.trendLabel': '最近30天共{total}个错误，今天{today}个；已移出{cleared}项',
	'notebook.day': '日期',
	'notebook.mistakes': '错误数',
	'notebook.history': '记录',
	'notebook.streak': '已连续答对{streak}次，共需3次',
	'notebook.expected': '正确',
	'notebook.given': '你的答案',
	'notebook.nothingGiven': '（没有作答）',
	'notebook.times': '{count}次',
	'notebook.clearedOn': '{date}移出',
	'notebook.kindsLabel': '各类型待复习项：{parts}',
	'kind.tone': '声调',
	'kind.collocation': '搭配',
	'kind.near-synonym': '近义词',
	'kind.register': '语体',
	'kind.word-order': '语序',
	'kind.meaning': '词义',
	'kind.move': '回复步骤',
	'kind.fact': '工单信息',
	'source.review': '卡片',
	'source.drill': '搭配练习',
	'source.quiz': '测验',
	'source.simulator': '模拟',
	'notebook.templates': '客服话术模板',
	'notebook.custom': '你导入的卡组'
} satisfies Translation<typeof en>;
