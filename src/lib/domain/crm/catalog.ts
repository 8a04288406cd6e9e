/** days of history before today */
export const HISTORY_DAYS = 730;

/** The fixed vocabulary of the toy CRM: every label is Chinese, and indexes into these lists are stored. */

export const CITIES = [
	'北京',
	'上海',
	'广州',
	'深圳',
	'杭州',
	'成都',
	'武汉',
	'南京',
	'西安',
	'重庆',
	'苏州',
	'天津'
] as const;
/** how many customers live in each city, relatively */
export const CITY_WEIGHTS = [14, 15, 11, 11, 8, 8, 6, 6, 5, 6, 5, 5];

/** Where a customer was acquired; marketing spend is booked per channel too. */
export const CHANNELS = ['天猫', '京东', '微信小程序', '抖音', '门店'] as const;
export const CHANNEL_WEIGHTS = [30, 24, 22, 14, 10];
/**
 * 元 spent per registration, before noise. Tuned so LTV/CAC lands where real shops see it (about
 * 1–8): 抖音 below 1, 京东 and 天猫 thin, 门店 and 微信小程序 above the rule of thumb of 3.
 */
export const CHANNEL_BASE_CAC = [1120, 1550, 470, 4000, 700];
/** share of ad clicks that become a new customer */
export const CHANNEL_CLICK_RATE = [0.02, 0.018, 0.035, 0.012, 0.05];

/** Member tiers from the bottom of the pyramid to the top. */
export const TIERS = ['普通', '银卡', '金卡', '白金'] as const;
/** share of buying customers in each tier, bottom up; tiers follow lifetime spend */
export const TIER_SHARES = [0.6, 0.25, 0.12, 0.03];

/** The five relationship stages. */
export const STAGES = ['陌生', '尝试', '复购', '忠诚', '伙伴'] as const;

export const TICKET_TYPES = ['咨询', '投诉', '退货', '退款', '售后'] as const;
export const TICKET_TYPE_WEIGHTS = [40, 14, 16, 12, 18];
export const TICKET_CHANNELS = ['在线客服', '客服热线'] as const;

/** The B2B sales funnel, first stage to last. */
export const FUNNEL_STAGES = [
	'初步接触',
	'需求分析',
	'邀约拜访',
	'方案报价',
	'商务谈判',
	'合同签约'
] as const;

export const SURNAMES = [
	'王',
	'李',
	'张',
	'刘',
	'陈',
	'杨',
	'黄',
	'赵',
	'吴',
	'周',
	'徐',
	'孙',
	'马',
	'朱',
	'胡',
	'郭',
	'何',
	'高',
	'林',
	'罗',
	'郑',
	'梁',
	'谢',
	'宋',
	'唐',
	'许',
	'韩',
	'冯',
	'邓',
	'曹',
	'彭',
	'曾'
] as const;
export const GIVEN_CHARS = [
	'伟',
	'芳',
	'娜',
	'敏',
	'静',
	'丽',
	'强',
	'磊',
	'军',
	'洋',
	'勇',
	'艳',
	'杰',
	'娟',
	'涛',
	'明',
	'超',
	'秀',
	'霞',
	'平',
	'刚',
	'桂',
	'英',
	'华',
	'玉',
	'萍',
	'红',
	'鹏',
	'辉',
	'建',
	'文',
	'琳',
	'欣',
	'宇',
	'浩',
	'婷',
	'雪',
	'晨',
	'思',
	'佳',
	'子',
	'梓',
	'睿',
	'悦',
	'雨',
	'嘉',
	'俊',
	'晓'
] as const;

export type City = (typeof CITIES)[number];
export type Channel = (typeof CHANNELS)[number];
export type Tier = (typeof TIERS)[number];
export type Stage = (typeof STAGES)[number];
export type TicketType = (typeof TICKET_TYPES)[number];
export type TicketChannel = (typeof TICKET_CHANNELS)[number];
export type FunnelStage = (typeof FUNNEL_STAGES)[number];
