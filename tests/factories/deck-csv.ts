/** A realistic custom-deck CSV: real pinyin (neutral tones, erhua, sandhi), traditional characters, a BOM and CRLF. */

/** Rows that once were refused, first so they are in view in the preview. */
export const REAL_PINYIN_ROWS: readonly (readonly [string, string, string])[] = [
	['朋友', 'friend', 'péngyou'],
	['谢谢', 'thanks', 'xièxie'],
	['他们的客户', 'their clients', 'tā men de kè hù'],
	['做客服的', 'someone who works in customer service', 'zuò kè fú de'],
	['一会儿', 'a moment', 'yí huìr'],
	['有点儿', 'a little', 'yǒudiǎnr'],
	['不是', 'is not', 'bú shì'],
	['質量問題', 'quality problem', ''],
	['西安分公司', 'the Xi’an branch', ''],
	['客戶關係', 'customer relationship, "CRM"', 'kè hù guān xì']
];

const CHARS = [
	...new Set('售后退货款订单会员积分渠道营销活动投诉处理满意度回访留存流失价值忠诚推荐评价物流仓库')
];

/** `count` rows in all: the real-pinyin rows, then generated two-character words with pinyin left to fill. */
export function deckCsv(count: number): string {
	const rows = REAL_PINYIN_ROWS.map(([h, e, p]) => [
		h,
		e.includes(',') || e.includes('"') ? `"${e.replace(/"/g, '""')}"` : e,
		p
	]);
	for (let i = 0; rows.length < count; i++) {
		const a = CHARS[i % CHARS.length] ?? '';
		const b = CHARS[Math.floor(i / CHARS.length) % CHARS.length] ?? '';
		if (a !== b) rows.push([`${a}${b}`, `word ${i}`, '']);
	}
	return `\uFEFFhanzi,english,pinyin\r\n${rows.map((r) => r.join(',')).join('\r\n')}\r\n`;
}
