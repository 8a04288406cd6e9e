import type { Translation } from '../types';
import type en from '../en/settings';

/** Chinese interface strings for settings. */
export default {
	'settings.study.burySiblings': '答完一张卡片后，同一个词的其他卡片留到明天',
	'settings.title': '设置',
	'settings.display': '显示',
	'settings.save': '保存',
	'settings.study': '学习',
	'settings.study.retention': '目标记忆保持率（0.70–0.99）',
	'settings.study.newPerDay': '所有卡组每天新卡数',
	'settings.study.reviewsPerDay': '所有卡组每天复习数',
	'settings.study.learningSteps': '学习步长（如 1m 10m）',
	'settings.study.relearningSteps': '重学步长（如 10m）',
	'settings.study.rollover': '新的一天开始于（本地时间，小时）',
	'settings.study.maxInterval': '最长间隔（天）',
	'settings.study.leech': '遗忘多少次算“顽固卡”',
	'settings.study.fuzz': '让间隔略有浮动',
	'settings.study.hint': '保存后会根据你的复习记录，用新设置重新安排所有卡片。',
	'settings.study.saved': '已保存，所有卡片已按新设置重新安排。',
	'settings.backup': '备份与完整性',
	'settings.backup.export': '导出学习进度',
	'settings.backup.restore': '从文件恢复',
	'settings.backup.exported': '已导出{reviews}条复习记录。请妥善保存文件。',
	'settings.backup.restored': '已恢复{reviews}条复习记录。',
	'settings.backup.failed': '操作没有成功，数据没有任何改动。',
	'settings.backup.full': '设备存储空间已满。数据没有改动，请清理空间后再试。',
	'settings.backup.tooBig': '这个文件太大，不是有效的备份。',
	'settings.backup.notPersistent':
		'空间不足时，浏览器可能会清除本应用的数据。请定期导出备份，或允许持久存储。',
	'settings.backup.persist': '请求保留我的数据',
	'settings.integrity.check': '检查完整性',
	'settings.integrity.checking': '正在用复习记录逐张核对卡片…',
	'settings.integrity.rebuilding': '正在根据复习记录重建卡片…',
	'settings.integrity.ok': '全部{cards}张卡片与{reviews}条复习记录的重放结果一致。',
	'settings.integrity.bad': '有{count}张卡片与复习记录不一致。',
	'settings.integrity.rebuild': '根据记录重建',
	'settings.language': '界面语言',
	'settings.showPinyin': '在例句上方显示拼音',
	'settings.toneColours': '按声调给音节上色'
} satisfies Translation<typeof en>;
