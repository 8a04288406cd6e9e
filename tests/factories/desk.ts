/** Builders for the 客服 desk's rules and tickets. */
import type { DeskRules } from '../../src/lib/domain/desk/rules';
import type { ReplyTicket } from '../../src/lib/domain/desk/reply-check';

export function deskRules(overrides: Partial<DeskRules> = {}): DeskRules {
	return {
		moves: {
			greeting: {
				markers: ['您好', '你好', '亲', '尊敬的'],
				example: { zh: '您好，很高兴为您服务。', en: 'Hello.' }
			},
			apology: { markers: ['抱歉', '对不起', '歉意'], example: { zh: '非常抱歉让您久等了。', en: 'Sorry.' } },
			'next-step': {
				markers: ['为您办理', '马上', '工作日内', '退回'],
				example: { zh: '我们将为您办理全额退款。', en: 'Full refund.' }
			},
			closing: {
				markers: ['再见', '祝您', '此致', '顺颂商祺'],
				example: { zh: '祝您生活愉快，再见！', en: 'Bye.' }
			}
		},
		required: {
			咨询: ['greeting', 'next-step', 'closing'],
			投诉: ['greeting', 'apology', 'next-step', 'closing'],
			退货: ['greeting', 'apology', 'next-step', 'closing'],
			退款: ['greeting', 'apology', 'next-step', 'closing'],
			售后: ['greeting', 'apology', 'next-step', 'closing']
		},
		banned: [
			{ mistakeId: 'tuikuan.mistake.gei', kind: 'word-order', patterns: ['退款您。'], right: '给我退款' },
			{ mistakeId: 'fapiao.mistake.dakai', kind: 'collocation', patterns: ['打开发票'], right: '开一张发票' }
		],
		asks: {
			咨询: '订单{order}在哪儿？',
			投诉: '订单{order}有问题！',
			退货: '订单{order}我要退货。',
			退款: '订单{order}，{amount}元。',
			售后: '订单{order}坏了。'
		},
		frames: [
			{
				id: 'greet',
				move: 'greeting',
				form: 'any',
				types: [],
				text: '{}，很高兴为您服务。',
				options: ['您好', '你好']
			},
			{
				id: 'sorry',
				move: 'apology',
				form: 'any',
				types: [],
				text: '非常抱歉让{}久等了。',
				options: ['您', '你']
			},
			{
				id: 'refund',
				move: 'next-step',
				form: 'any',
				types: ['退款'],
				text: '我们马上{}。',
				options: ['给您退款', '退款您']
			},
			{
				id: 'bye',
				move: 'closing',
				form: 'any',
				types: [],
				text: '{}，祝您生活愉快，再见！',
				options: ['谢谢', '谢谢你']
			}
		],
		...overrides
	};
}

export function aRefundTicket(overrides: Partial<ReplyTicket> = {}): ReplyTicket {
	return {
		type: '退款',
		form: 'chat',
		audience: 'consumer',
		orderNo: 'DD2041735',
		amount: 128,
		refundDays: 3,
		...overrides
	};
}

/** A reply that passes every rule for aRefundTicket(). */
export const GOOD_REFUND_REPLY =
	'您好！订单DD2041735的问题给您添麻烦了，非常抱歉。我们马上为您办理退款，128元会在3个工作日内退回您的账户。祝您生活愉快，再见！';
