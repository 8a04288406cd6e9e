/** Strings of the Optimize section (FSRS parameters fitted to the learner's history). */
export const en = {
	'optimize.title': 'Optimize FSRS parameters',
	'optimize.intro':
		'Fits the memory model to your own flashcard reviews, with the optimizer Anki uses. Drills, quizzes and simulator missions are left out: their answers are chosen from options, so a lucky guess would look like recall.',
	'optimize.notIsolated':
		'The optimizer needs this page to be isolated from other sites, and it is not yet (the app may still be installing itself). Reload to try again.',
	'optimize.reload': 'Reload',
	'optimize.run': 'Optimize',
	'optimize.fitting': 'Fitting parameters to your history…',
	'optimize.progress': 'Optimizer progress',
	'optimize.tooLittle':
		'Not enough history yet. Reviews on a later day than the card’s previous one: {count}. The optimizer needs at least {min}; with fewer, the fit follows chance. Keep studying and try again.',
	'optimize.reviews': 'Reviews it learned from: {count}',
	'optimize.metric': 'On your history',
	'optimize.current': 'Current',
	'optimize.fitted': 'Fitted',
	'optimize.logLoss': 'Log loss (lower is better)',
	'optimize.rmse': 'RMSE over bins (lower is better)',
	'optimize.better': 'The fitted parameters predict your history better.',
	'optimize.notBetter':
		'The fitted parameters do not predict your history better. Keeping the current ones is fine.',
	'optimize.apply': 'Apply and reschedule',
	'optimize.applying': 'Rescheduling every card…',
	'optimize.applied': 'Applied. Every card is scheduled with the fitted parameters.',
	'optimize.undo': 'Undo: go back to the previous parameters',
	'optimize.undone': 'The previous parameters are back.',
	'optimize.usingFitted': 'In use: parameters fitted to your history.',
	'optimize.usingDefault': 'In use: the default parameters.',
	'optimize.error': 'The optimizer stopped: {message}'
};

export const zh: Record<keyof typeof en, string> = {
	'optimize.title': '优化 FSRS 参数',
	'optimize.intro':
		'用 Anki 同款优化器，根据你自己的卡片复习记录拟合记忆模型。练习、测验和模拟任务不计入：这些题目是从选项中选择的，猜对也会被当成记住了。',
	'optimize.notIsolated':
		'优化器要求本页面与其他网站隔离，但目前尚未隔离（应用可能仍在安装）。请重新加载后再试。',
	'optimize.reload': '重新加载',
	'optimize.run': '开始优化',
	'optimize.fitting': '正在根据你的记录拟合参数……',
	'optimize.progress': '优化进度',
	'optimize.tooLittle':
		'记录还不够。与上次复习不在同一天的复习：{count} 次。优化器至少需要 {min} 次；更少时拟合结果只是偶然。请继续学习后再试。',
	'optimize.reviews': '用于拟合的复习：{count} 次',
	'optimize.metric': '在你的记录上',
	'optimize.current': '当前',
	'optimize.fitted': '拟合后',
	'optimize.logLoss': '对数损失（越低越好）',
	'optimize.rmse': '分箱均方根误差（越低越好）',
	'optimize.better': '拟合后的参数对你的记录预测得更准。',
	'optimize.notBetter': '拟合后的参数并没有预测得更准，保留当前参数即可。',
	'optimize.apply': '应用并重新排程',
	'optimize.applying': '正在重新安排每张卡片……',
	'optimize.applied': '已应用。每张卡片都按拟合后的参数排程。',
	'optimize.undo': '撤销：恢复之前的参数',
	'optimize.undone': '已恢复之前的参数。',
	'optimize.usingFitted': '当前使用：根据你的记录拟合的参数。',
	'optimize.usingDefault': '当前使用：默认参数。',
	'optimize.error': '优化器已停止：{message}'
};
