/** Why a value was refused: settings, RFM cut points, the simulator and backups, worded from the codes the lower layers return. */
export const en = {
	'problem.settings.field': '{field}: {problem}',
	'problem.settings.object': 'The settings are not readable; they were reset to the defaults.',
	'problem.settings.boolean': 'must be on or off',
	'problem.settings.number': 'must be a number',
	'problem.settings.integer': 'must be a whole number',
	'problem.settings.range': 'must be between {min} and {max}',
	'problem.settings.weights': 'the fitted parameters are damaged; fit them again',
	'problem.settings.stepList': 'must be a list of steps',
	'problem.settings.step': '“{step}” is not a step like 1m, 6h or 1d',
	'problem.rfm.cuts': '{axis} needs four increasing cut points.',
	'problem.sim.customers': 'The number of customers must be a whole number from {min} to {max}.',
	'problem.sim.failed': 'The simulator stopped unexpectedly. Reload the page and try again.',
	'problem.backup.not-json':
		'This file is not a backup: it is not valid JSON, or it was cut short while copying.',
	'problem.backup.not-backup': 'This file is not a Kehu Chinese backup.',
	'problem.backup.newer':
		'This backup was made by a newer version of the app. Update the app, then restore it.',
	'problem.backup.gone': 'That copy of your data is no longer kept.',
	'problem.backup.damaged': 'This backup is damaged; nothing was changed.',
	'problem.backup.damagedAt': 'This backup is damaged at {where}; nothing was changed.'
} as const;

export const zh: Record<keyof typeof en, string> = {
	'problem.settings.field': '{field}：{problem}',
	'problem.settings.object': '无法读取设置，已恢复默认值。',
	'problem.settings.boolean': '只能是开或关',
	'problem.settings.number': '必须是数字',
	'problem.settings.integer': '必须是整数',
	'problem.settings.range': '必须在{min}到{max}之间',
	'problem.settings.weights': '已拟合的参数已损坏，请重新拟合',
	'problem.settings.stepList': '必须是一组步长',
	'problem.settings.step': '“{step}”不是有效的步长（如 1m、6h、1d）',
	'problem.rfm.cuts': '{axis}需要四个依次递增的分界点。',
	'problem.sim.customers': '客户数量必须是{min}到{max}之间的整数。',
	'problem.sim.failed': '模拟器意外停止。请刷新页面后重试。',
	'problem.backup.not-json': '这不是备份文件：它不是有效的 JSON，或者在复制时被截断了。',
	'problem.backup.not-backup': '这不是客户中文的备份文件。',
	'problem.backup.newer': '这个备份由更新版本的应用生成。请先更新应用，再恢复备份。',
	'problem.backup.gone': '这份数据副本已不再保留。',
	'problem.backup.damaged': '这个备份已损坏，没有做任何更改。',
	'problem.backup.damagedAt': '这个备份在 {where} 处损坏，没有做任何更改。'
};
