import type { Translation } from '../types';
import type en from '../en/optimize';

/** Chinese interface strings for the FSRS optimizer and the retention/workload chart. */
export default {
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
	'optimize.error': '优化器已停止：{message}',
	'optimize.reminder':
		'自上次拟合参数以来的新复习：{count} 次。再次优化，让参数贴合你最近的记录，并看看预测是否更准。',
	'workload.title': '目标记忆率与复习量',
	'workload.intro':
		'按当前参数，为你的 {cards} 张卡片模拟一年的复习，比较每个目标记忆率：每天按上限学习新卡，每张到期卡片都按时复习。',
	'workload.running': '正在模拟一年的复习……',
	'workload.best':
		'每记住一张卡片所需复习最少：目标记忆率 {retention}，每天约 {reviews} 次复习，一年后记住约 {retained} 张卡片。',
	'workload.reviewsTitle': '每天复习次数',
	'workload.reviewsLabel': '每天复习次数从目标记忆率 70% 时的 {low} 次增加到 97% 时的 {high} 次。',
	'workload.reviewsHeader': '每天复习次数',
	'workload.retainedTitle': '一年后记住的卡片比例',
	'workload.retainedLabel': '一年后记住的卡片：目标记忆率 70% 时为 {low}，97% 时为 {high}。',
	'workload.retainedHeader': '记住的比例',
	'workload.retention': '目标记忆率',
	'workload.failed': '模拟已停止，请重试。'
} satisfies Translation<typeof en>;
