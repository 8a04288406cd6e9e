import type { Translation } from '../types';
import type en from '../en/restore';

/** Chinese interface strings for restore with consent. */
export default {
	'restore.reading': '正在读取备份…',
	'restore.writing': '正在恢复备份…记录较多时可能需要几秒钟。',
	'restore.title': '要恢复这个备份吗？',
	'restore.side': '位置',
	'restore.answers': '答题记录',
	'restore.cards': '卡片',
	'restore.from': '最早的答题',
	'restore.newest': '最新的答题',
	'restore.file': '文件中（导出于{date}）',
	'restore.current': '本设备当前',
	'restore.none': '—',
	'restore.lose':
		'本设备上比备份最新记录更新的答题将被替换：{count}条。恢复前会先保存当前全部数据的副本，可以撤销恢复。',
	'restore.replace': '本设备上的全部数据将被文件内容替换。恢复前会先保存副本，可以撤销恢复。',
	'restore.confirm': '用备份替换',
	'restore.cancel': '保留当前数据',
	'restore.cancelled': '没有任何改动。',
	'restore.undo': '撤销恢复',
	'restore.kept': '已保存{date}恢复之前的数据副本（答题记录{count}条）。',
	'restore.undone': '恢复之前的数据已找回（答题记录{count}条）。'
} satisfies Translation<typeof en>;
