import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_FUNCTIONS } from '../../src/lib/content/template-schema';
import { createPinyinReader } from './pinyin-reader';
import { ContentError } from './problems';
import { realEntries, realTemplates } from './real-content';
import { templateDeck, templateItems } from './study-outputs';
import { compileTemplates } from './templates';

const read = createPinyinReader({});
const phrase = (overrides: Record<string, unknown> = {}) => ({
	id: 'apology-sorry',
	function: 'apology',
	register: 'neutral',
	channel: 'any',
	level: 'A1',
	zh: '对不起，我们马上退款。',
	en: 'Sorry, we will refund you at once.',
	...overrides
});
const compile = (list: object[]) =>
	compileTemplates({ path: 'content/templates.yaml', text: stringify(list) }, realEntries(), read);

describe('compileTemplates', () => {
	it('gives a phrase pinyin and links its words', () => {
		const [t] = compile([phrase()]);
		expect(t?.reading).toContain('tuìkuǎn');
		expect(t?.segments.find((s) => s.text === '退款')?.entryId).toBe('tuikuan');
	});

	it('rejects a duplicate id and an unknown function, naming the path', () => {
		const messages = (list: object[]) => {
			try {
				compile(list);
				return '';
			} catch (e) {
				return e instanceof ContentError ? e.message : '';
			}
		};
		expect(messages([phrase(), phrase({ zh: '真抱歉。' })])).toContain(
			'[1].id: duplicate id "apology-sorry"'
		);
		expect(messages([phrase({ function: 'bribe' })])).toContain('[0].function');
	});
});

describe('the templates the app ships', () => {
	const templates = realTemplates();

	it('has phrases for every function at several levels, and only written ones say 此致 or 顺颂商祺', () => {
		for (const fn of TEMPLATE_FUNCTIONS) {
			const own = templates.filter((t) => t.function === fn);
			expect(new Set(own.map((t) => t.level)).size).toBeGreaterThanOrEqual(3);
		}
		for (const t of templates.filter((x) => /此致|顺颂/.test(x.zh))) expect(t.register).toBe('written');
		for (const t of templates.filter((x) => x.channel === 'email')) expect(t.zh).not.toContain('亲');
	});

	it('becomes study items with card ids from the id module, in one deck', () => {
		const items = templateItems(templates);
		expect(items[0]?.id).toBe(`template.${templates[0]?.id}`);
		expect(templateDeck(items).itemIds).toHaveLength(templates.length);
	});
});
