/** Interface strings for the card browser, card info, custom study, word-page study links and restore consent. */
export const en = {
	'restore.reading': 'Reading the backup…',
	'restore.title': 'Restore this backup?',
	'restore.side': 'Where',
	'restore.answers': 'Answers',
	'restore.cards': 'Cards',
	'restore.from': 'First answer',
	'restore.newest': 'Newest answer',
	'restore.file': 'In the file (exported {date})',
	'restore.current': 'On this device now',
	'restore.none': '—',
	'restore.lose':
		'Answers on this device newer than the backup’s newest one will be replaced: {count}. A copy of everything here is kept first, so you can undo the restore.',
	'restore.replace':
		'Everything on this device will be replaced by the file. A copy is kept first, so you can undo the restore.',
	'restore.confirm': 'Replace with the backup',
	'restore.cancel': 'Keep my current data',
	'restore.cancelled': 'Nothing was changed.',
	'restore.undo': 'Undo the restore',
	'restore.kept': 'A copy of your data from before the restore on {date} is kept (answers: {count}).',
	'restore.undone': 'Your data from before the restore is back (answers: {count}).'
} as const;

export type CardsMessageKey = keyof typeof en;

export const zh: Record<CardsMessageKey, string> = {
	'restore.reading': '正在读取备份…',
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
};
