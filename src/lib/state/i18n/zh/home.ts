import type { Translation } from '../types';
import type en from '../en/home';

/** Chinese interface strings for the home page. */
export default {
	'home.simulator': 'CRM 模拟器',
	'home.simulatorText':
		'在中文的模拟 CRM 里练习：成千上万个生成的客户、RFM 分群、CLV 和 CAC、销售漏斗，还有按数据自动检查的任务。',
	'home.intro':
		'按级别学习“客户关系”“客服”和“客户服务”在办公室、在线聊天和CRM报告里的真实用法，掌握关键搭配，避开常见错误。',
	'home.searchLabel': '搜索词汇',
	'home.searchPlaceholder': '汉字、英文或拼音（kehu、ke4hu4、kèhù）',
	'home.search': '搜索',
	'home.headwords': '从三个核心词开始',
	'home.byLevel': '按CEFR级别浏览',
	'home.crm': 'CRM术语',
	'home.crmText': '客户终身价值、获客成本、留存率、流失、净推荐值、RFM分群等CRM常用概念。',
	'home.allWords': '全部{count}个词',
	'home.offline': '访问过一次后即可离线使用。可以通过浏览器菜单安装到设备上。',
	'home.practice': '练习',
	'home.practiceText': '搭配练习、常见错误测验，还有你的错题本。'
} satisfies Translation<typeof en>;
