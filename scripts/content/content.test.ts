/** The real content: it compiles, and it covers what the product promises. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { LEVELS } from '../../src/lib/content/schema';
import type { Entry } from '../../src/lib/content/types';
import { compileContent } from './compile';
import { createPinyinReader } from './pinyin-reader';

const dir = 'content/entries';
const entries = compileContent(
	readdirSync(dir).map((f) => ({ path: join(dir, f), text: readFileSync(join(dir, f), 'utf8') })),
	{ path: 'content/pinyin.yaml', text: readFileSync('content/pinyin.yaml', 'utf8') },
	createPinyinReader
);
const byId = new Map(entries.map((e) => [e.id, e]));
const get = (id: string): Entry => {
	const entry = byId.get(id);
	if (!entry) throw new Error(`missing entry ${id}`);
	return entry;
};

describe('the content', () => {
	it('has at least 60 entries, each levelled with two or more examples', () => {
		expect(entries.length).toBeGreaterThanOrEqual(60);
		for (const e of entries) expect(e.examples.length, e.id).toBeGreaterThanOrEqual(2);
	});

	it('gives each headword guidance and three examples at every level', () => {
		for (const id of ['kehu-guanxi', 'kefu', 'kehu-fuwu']) {
			const e = get(id);
			for (const level of LEVELS) {
				expect(e.guidance[level], `${id} ${level}`).toBeTruthy();
				expect(e.examples.filter((x) => x.level === level).length, `${id} ${level}`).toBeGreaterThanOrEqual(
					3
				);
			}
		}
	});

	it('lists every collocation of 客户关系 the dictionary names', () => {
		const zh = get('kehu-guanxi')
			.collocations.map((c) => c.zh)
			.join(' ');
		for (const part of [
			'建立',
			'维护',
			'保持',
			'改善',
			'优化',
			'加强',
			'重视',
			'巩固',
			'深耕',
			'损害',
			'破坏',
			'处理',
			'良好的',
			'长期的',
			'紧张的',
			'客户关系管理',
			'客户关系经理',
			'客户关系部门',
			'客户关系专员',
			'与'
		]) {
			expect(zh).toContain(part);
		}
	});

	it('covers the known mistakes and contrasts of 客户关系', () => {
		const e = get('kehu-guanxi');
		const wrong = e.mistakes.map((m) => m.wrong.map((s) => s.text).join('')).join(' ');
		for (const part of ['顾客关系', '做', '我有关系']) expect(wrong).toContain(part);
		expect(e.mistakes.map((m) => m.kind)).toEqual(
			expect.arrayContaining(['word-order', 'register', 'meaning'])
		);
		const contrasts = e.contrasts.map((c) => c.word).join(' ');
		for (const w of ['顾客关系', '人际关系', '业务往来', '用户关系', '合作伙伴', '联络'])
			expect(contrasts).toContain(w);
	});

	it('covers the scenarios and contrasts of 客服 and 客户服务', () => {
		const kefu = get('kefu');
		const colloc = kefu.collocations.map((c) => c.zh).join(' ');
		for (const c of ['在线客服', '客服热线', '客服团队', '联系客服', '问客服', '找客服', '当客服'])
			expect(colloc).toContain(c);
		expect(kefu.contrasts.map((c) => c.word)).toEqual(expect.arrayContaining(['服务员', '服务']));
		const fuwu = get('kehu-fuwu');
		expect(fuwu.collocations.map((c) => c.zh)).toContain('客户服务部门');
		expect(
			fuwu.mistakes.some((m) =>
				m.wrong
					.map((s) => s.text)
					.join('')
					.includes('一位客户服务')
			)
		).toBe(true);
	});

	it('has entries for the CRM terms and RFM segments', () => {
		for (const id of [
			'crm',
			'kehu-zhongshen-jiazhi',
			'huoke-chengben',
			'liucunlv',
			'liushi',
			'fugou',
			'kedanjia',
			'zhongchengdu',
			'manyidu',
			'jingtuijianzhi',
			'huiyuan-tixi',
			'xiaoshou-loudou',
			'kehu-huaxiang',
			'rfm',
			'shouhou-fuwu',
			'tousu',
			'zixun',
			'tuihuo',
			'tuikuan',
			'pingjia',
			'zhongyao-jiazhi-kehu',
			'yiban-wanliu-kehu'
		]) {
			expect(byId.has(id), id).toBe(true);
		}
		expect(entries.filter((e) => e.tags.includes('rfm-segment'))).toHaveLength(8);
	});

	it('names the RFM segments as the simulator does', () => {
		const simulator = parse(readFileSync('content/simulator.yaml', 'utf8')) as {
			terms: { zh: string; en: string; entry?: string }[];
		};
		const segments = entries.filter((e) => e.tags.includes('rfm-segment'));
		for (const e of segments) {
			const term = simulator.terms.find((t) => t.entry === e.id && t.zh === e.hanzi);
			expect(term, e.id).toBeDefined();
			expect(e.gloss, e.id).toContain(`"${term?.en ?? ''}"`);
		}
	});

	it('reads the polyphones right wherever they occur', () => {
		const sentences = entries.flatMap((e) => [
			...e.examples.map((x) => x.segments),
			...e.mistakes.map((m) => m.right)
		]);
		const problems: string[] = [];
		for (const segments of sentences) {
			const chars = segments.flatMap((s) => Array.from(s.text));
			const syllables = segments.flatMap((s) => s.pinyin);
			const text = chars.join('');
			chars.forEach((ch, i) => {
				const next = chars[i + 1] ?? '';
				const prev = chars[i - 1] ?? '';
				const py = syllables[i];
				const expectReading = (want: string) =>
					py !== want && problems.push(`${text}: ${ch} read ${py}, expected ${want}`);
				if (ch === '长' && next === '期') expectReading('cháng');
				if (ch === '重' && (next === '要' || next === '视')) expectReading('zhòng');
				if (ch === '率' && '存化失购货诉费'.includes(prev)) expectReading('lǜ');
				if (ch === '行' && next === '业') expectReading('háng');
				if (ch === '得' && prev === '我' && !'到出知'.includes(next)) expectReading('děi');
				if (ch === '还' && '钱款'.includes(next)) expectReading('huán');
			});
		}
		expect(problems).toEqual([]);
	});
});
