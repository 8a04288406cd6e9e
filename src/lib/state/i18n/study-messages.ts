/** Study-session strings: limits, learning cards waiting, undo, the clock, keys and answer feedback. */
export const en = {
	'study.left': '{new} new, {learning} learning, {due} due left',
	'study.undoRefused.not-last':
		'That answer can’t be undone: the card has been answered again since, perhaps in another tab.',
	'study.undoRefused.gone': 'That answer can’t be undone: it is no longer in your history.',
	'clock.ahead':
		'Your device’s clock reads {device}, but the web says {trusted}: it is ahead. Answers given now would be dated in the future and scheduled wrongly. Set the date and time, then reload.',
	'clock.behind':
		'Your device’s clock reads {device}, but the web says {trusted}: it is behind. Answers given now would be dated in the past. Set the date and time, then reload.',
	'clock.dismiss': 'Dismiss',
	'study.clock':
		'Your device’s clock looks wrong: an answer is already recorded for {newest}, later than now ({now}). Check the date and time settings. Answers are never dated before a card’s last one.',
	'study.newHeld':
		'{count, plural, one {# new card waits} other {# new cards wait}} for tomorrow: the daily limit is reached.',
	'study.dueHeld':
		'{count, plural, one {# review waits} other {# reviews wait}} for tomorrow: the daily limit is reached.',
	'study.nextLearning': 'Next learning card at {time}',
	'summary.limitNew':
		'Today’s limit of {limit, plural, one {# new card} other {# new cards}} is reached. {count, plural, one {# more new card waits} other {# more new cards wait}} in this deck.',
	'summary.limitReview':
		'Today’s limit of {limit, plural, one {# review} other {# reviews}} is reached. {count, plural, one {# more review is} other {# more reviews are}} due.',
	'summary.studyMoreNew': 'Study {count, plural, one {# more new card} other {# more new cards}}',
	'summary.studyMoreReview': 'Review {count, plural, one {# more card} other {# more cards}}',
	'summary.waiting':
		'{count, plural, one {# learning card comes} other {# learning cards come}} back at {time}.',
	'summary.studyWaiting': 'Study them now',
	'settings.study.burySiblings': 'After answering a card, keep the word’s other cards until tomorrow',
	'key.space': 'Space',
	'key.enter': 'Enter',
	'feedback.empty': 'No pinyin given.',
	'feedback.count':
		'You wrote {wrote, plural, one {# syllable} other {# syllables}}; the word has {expected}.',
	'feedback.missing': '{char}: missing, it is {expected}.',
	'feedback.letters': '{char}: you wrote {wrote}, it is {expected}.',
	'feedback.noTone': '{char}: no tone given, it is {expected}.',
	'feedback.tone': '{char}: you wrote {wrote}, it is {expected}.',
	'feedback.toneName': 'tone {tone}',
	'feedback.neutral': 'the neutral tone',
	'feedback.hanzi': 'You wrote {given}; the answer is {expected}.'
} as const;

export const zh: Record<keyof typeof en, string> = {
	'study.left': '剩余：新卡{new}张，学习中{learning}张，待复习{due}张',
	'study.undoRefused.not-last': '无法撤销这次作答：这张卡片之后又被作答过（可能是在另一个标签页里）。',
	'study.undoRefused.gone': '无法撤销这次作答：它已不在你的学习记录中。',
	'clock.ahead':
		'设备时钟显示{device}，而网络时间是{trusted}：设备时钟快了。现在作答会被记在未来的时间，排期会出错。请设置日期和时间，然后重新加载。',
	'clock.behind':
		'设备时钟显示{device}，而网络时间是{trusted}：设备时钟慢了。现在作答会被记在过去的时间。请设置日期和时间，然后重新加载。',
	'clock.dismiss': '关闭',
	'study.clock':
		'设备时钟似乎不对：已有一次作答记录在{newest}，晚于现在（{now}）。请检查日期和时间设置。作答时间不会早于这张卡片的上一次作答。',
	'study.newHeld': '还有{count}张新卡留到明天：今天的上限已到。',
	'study.dueHeld': '还有{count}张复习卡留到明天：今天的上限已到。',
	'study.nextLearning': '下一张学习中的卡片：{time}',
	'summary.limitNew': '今天{limit}张新卡的上限已到。这个卡组还有{count}张新卡。',
	'summary.limitReview': '今天{limit}张复习卡的上限已到。还有{count}张卡片待复习。',
	'summary.studyMoreNew': '再学{count}张新卡',
	'summary.studyMoreReview': '再复习{count}张',
	'summary.waiting': '{count}张学习中的卡片将在{time}回来。',
	'summary.studyWaiting': '现在就学',
	'settings.study.burySiblings': '答完一张卡片后，同一个词的其他卡片留到明天',
	'key.space': '空格键',
	'key.enter': '回车键',
	'feedback.empty': '没有输入拼音。',
	'feedback.count': '你写了{wrote}个音节，这个词有{expected}个。',
	'feedback.missing': '“{char}”：漏掉了，应为{expected}。',
	'feedback.letters': '“{char}”：你写的是{wrote}，应为{expected}。',
	'feedback.noTone': '“{char}”：没有标声调，应为{expected}。',
	'feedback.tone': '“{char}”：你写的是{wrote}，应为{expected}。',
	'feedback.toneName': '第{tone}声',
	'feedback.neutral': '轻声',
	'feedback.hanzi': '你写的是{given}，答案是{expected}。'
};
