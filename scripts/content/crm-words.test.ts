/** The CRM words, measure words, character breakdowns and notes the sources teach are in the content. */
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/lib/content/types';
import { realEntries } from './real-content';

const entries = realEntries();
const byHanzi = new Map(entries.map((e) => [e.hanzi, e]));
const get = (hanzi: string): Entry => {
	const entry = byHanzi.get(hanzi);
	if (!entry) throw new Error(`missing entry ${hanzi}`);
	return entry;
};
const sentences = (e: Entry) => e.examples.map((x) => x.zh);

/** The words a CRM learner expects, from the list. */
const EXPECTED = [
	'私域流量',
	'销售线索',
	'商机',
	'成交率',
	'续费率',
	'召回',
	'回访',
	'口碑',
	'转介绍',
	'老带新',
	'交叉销售',
	'客户黏性',
	'活跃用户',
	'用户运营',
	'客户旅程',
	'触点',
	'全渠道',
	'标签',
	'精准营销',
	'大客户',
	'客户经理',
	'好评',
	'差评',
	'复购率',
	'一次解决率',
	'响应时间',
	'报价',
	'合同',
	'签约',
	'发票',
	'回款',
	'谈判',
	'客户保留率',
	'潜力客户',
	'已流失客户',
	'客户细分',
	'数据孤岛',
	'数据中台',
	'客户视图',
	'个人信息保护法',
	'授权',
	'告知',
	'首问负责制'
];

describe('the CRM words', () => {
	it('has every expected word as a full entry: three examples, collocations and a contrast', () => {
		for (const hanzi of EXPECTED) {
			const e = get(hanzi);
			expect(e.examples.length, hanzi).toBeGreaterThanOrEqual(3);
			expect(e.collocations.length, hanzi).toBeGreaterThanOrEqual(1);
			expect(e.contrasts.length, hanzi).toBeGreaterThanOrEqual(1);
			for (const x of e.examples) expect(e.guidance[x.level], `${hanzi} guidance ${x.level}`).toBeTruthy();
		}
	});

	it('gives every noun its measure words, with their readings', () => {
		const nouns = entries.filter((e) => e.pos === 'noun');
		expect(nouns.length).toBeGreaterThanOrEqual(70);
		for (const e of nouns) {
			expect(e.measure?.words.length, e.id).toBeGreaterThanOrEqual(1);
			for (const p of e.measure?.pinyin ?? [])
				// Only 个 is neutral after a numeral (一个 yī ge); every other measure word keeps its tone.
				expect(p, e.id).toMatch(/^(ge|[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)$/u);
		}
		expect(get('客户').measure?.words[0]).toBe('位');
		expect(get('优惠券').measure?.words[0]).toBe('张');
		expect(get('谈判').measure?.words[0]).toBe('轮');
	});

	it('names the law in title marks whenever a new sentence mentions it', () => {
		for (const e of EXPECTED.map(get))
			for (const zh of [...sentences(e), ...e.collocations.map((c) => c.zh)])
				if (zh.includes('个人信息保护法')) expect(zh, e.id).toContain('《个人信息保护法》');
	});

	it('teaches 客户关系 with 保持, 优化 and 破坏, on a CV and in the news', () => {
		const all = sentences(get('客户关系')).join('\n');
		for (const part of [
			'保持客户关系',
			'优化',
			'破坏了客户关系',
			'客户关系处理能力',
			'受到严重打击',
			'重塑客户关系'
		])
			expect(all).toContain(part);
	});

	it('explains face, favours, guanxi versus CRM, and the noun + noun pattern', () => {
		const notes = get('客户关系').notes;
		const text = notes.map((n) => `${n.title} ${n.text}`).join('\n');
		for (const part of ['面子', '人情', '合同', '朋友关系', '师生关系']) expect(text).toContain(part);
		expect(notes.some((n) => n.kind === 'culture')).toBe(true);
		expect(notes.map((n) => n.level)).toContain('C1');
	});

	it('breaks 客户 and 客服 into characters with words the learner knows', () => {
		expect(get('客户').characters.map((c) => [c.char, c.seenIn])).toEqual([
			['客', '客人'],
			['户', '用户']
		]);
		expect(get('客服').characters.map((c) => [c.char, c.seenIn, c.seenInPinyin])).toEqual([
			['客', '客人', 'kèrén'],
			['服', '服务', 'fúwù']
		]);
	});

	it('places the CRM concepts from the articles as notes', () => {
		const notes = (hanzi: string) =>
			get(hanzi)
				.notes.map((n) => n.text)
				.join('\n');
		expect(notes('客户终身价值')).toContain('至少是获客成本的三倍');
		expect(notes('客户保留率')).toContain('25 % to 95 %');
		expect(notes('客户关系管理')).toContain('接触管理');
		expect(notes('客户关系管理')).toContain('SFA');
		expect(notes('客户关系管理')).toContain('数据孤岛');
		expect(notes('客服')).toContain('首问负责制');
	});
});
