import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ContentError } from './problems';
import { compileSimulator, REQUIRED_LABELS } from './simulator';

const read = (text: string) => Array.from(text, (ch) => (/\p{Script=Han}/u.test(ch) ? 'x' : ''));
const real = readFileSync('content/simulator.yaml', 'utf8');
const entries = new Set(
	[...real.matchAll(/entry: ([a-z0-9-]+)/g), ...real.matchAll(/terms: \[([^\]]+)\]/g)].flatMap((m) =>
		(m[1] ?? '').split(',').map((s) => s.trim())
	)
);
const glossaryOf = (ids: ReadonlySet<string>) =>
	Object.fromEntries([...ids].map((id) => [id, { hanzi: id, pinyin: [], reading: '', gloss: id }]));
const compile = (text: string, ids: ReadonlySet<string> = entries) =>
	compileSimulator({ path: 'content/simulator.yaml', text }, glossaryOf(ids), read);

function problems(text: string, ids?: ReadonlySet<string>): string {
	try {
		compile(text, ids);
	} catch (e) {
		if (e instanceof ContentError) return e.message;
		throw e;
	}
	return '';
}

describe('compileSimulator', () => {
	it('compiles the real file: every data label has a term, every mission a known check', () => {
		const out = compile(real);
		expect(out.missions.length).toBeGreaterThanOrEqual(12);
		for (const label of REQUIRED_LABELS) expect(out.terms[label]?.en).toBeTruthy();
		expect(out.terms['客户']?.pinyin).toEqual(['x', 'x']);
		expect(Object.keys(out.words)).toContain('zhongyao-wanliu-kehu');
	});

	it('names an unknown check, a wrong param and a dangling entry', () => {
		const bad = real
			.replace('check: customer-count', 'check: customer-cuont')
			.replace('params: { tier: 白金 }', 'params: { tier: 钻石 }')
			.replace('terms: [tousu, gongdan]', 'terms: [tousu, gong-dan]');
		const message = problems(bad, new Set([...entries].filter((e) => e !== 'gong-dan')));
		expect(message).toMatch(/missions\[0\]\.check: unknown check "customer-cuont"/);
		expect(message).toMatch(
			/missions\[1\]\.params\.tier: expected one of 普通, 银卡, 金卡, 白金, got "钻石"/
		);
		expect(message).toMatch(/missions\[3\]\.terms\[1\]: unknown entry id "gong-dan"/);
	});

	it('requires a term for every label and an action for every segment', () => {
		const bad = real.replace('  - { zh: 天猫, en: Tmall }\n', '').replace(/ {2}一般挽留客户:\n.*\n.*\n/, '');
		const message = problems(bad);
		expect(message).toMatch(/missing a term for "天猫"/);
		expect(message).toMatch(/missing the action for "一般挽留客户"/);
		expect(problems(real.replace('  auto.model:', '  auto.modle:'))).toMatch(
			/missing the text "auto.model"[\s\S]*texts\.auto\.modle: no screen shows this text/
		);
	});

	it('words every diagnosis a check can give, in both languages, with only the facts it gives', () => {
		const out = compile(real);
		expect(out.diagnoses['tier-count']?.['other-tier']?.en).toContain('{tier}');
		const bad = real
			.replace('    clear-filters:\n', '    clear-filtres:\n')
			.replace('{given} is the number of {other} members, not {tier}.', '{given} is not {level}.');
		const message = problems(bad);
		expect(message).toMatch(/diagnoses\.customer-count: missing the diagnosis "clear-filters"/);
		expect(message).toMatch(
			/diagnoses\.customer-count\.clear-filtres: the check "customer-count" never gives/
		);
		expect(message).toMatch(/diagnoses\.tier-count\.other-tier\.en: the check gives no fact "level"/);
	});

	it('words each way of cutting RFM scores, filling in only the "high" score', () => {
		expect(compile(real).conventions.quintiles.en).toContain('{highFrom}');
		expect(problems(real.replace('your own cut points, {highFrom}+ high', 'your cut {level}'))).toMatch(
			/conventions\.thresholds\.en: only \{highFrom\} is filled in, not \{level\}/
		);
		expect(problems(real.replace('\n  mean:\n', '\n  median:\n'))).toMatch(/conventions/);
	});
});
