/** The compiler's checks on practice fields: each bad drill, situation or fix names its file and path. */
import { describe, expect, it } from 'vitest';
import { aHeadwordSource, anEntryFile, anEntrySource } from '../../tests/factories/content';
import { compileContent, type SourceFile } from './compile';
import { createPinyinReader } from './pinyin-reader';
import { buildPractice } from './practice-outputs';
import { ContentError } from './problems';

const FILE = 'content/entries/weihu.yaml';

function compile(files: SourceFile[]) {
	return compileContent(files, null, createPinyinReader);
}

function problemsOf(files: SourceFile[]): string[] {
	try {
		buildPractice(compile(files));
	} catch (error) {
		if (error instanceof ContentError) return error.message.split('\n');
		throw error;
	}
	return [];
}

const collocation = (drill: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
	id: 'weihu.colloc.kehu-guanxi',
	zh: '维护客户关系',
	type: 'verb-object',
	en: 'maintain client relations',
	level: 'A2',
	drill,
	...extra
});
const weihu = (overrides: Record<string, unknown>) => anEntryFile(anEntrySource('weihu', overrides));
const withDrill = (drill: Record<string, unknown>) =>
	problemsOf([anEntryFile(aHeadwordSource()), weihu({ collocations: [collocation(drill)] })]);

describe('practice content in the compiler', () => {
	it('compiles a drill slot with its pinyin, frame and sentence tiles', () => {
		const practice = buildPractice(
			compile([
				anEntryFile(aHeadwordSource()),
				weihu({
					collocations: [
						collocation({
							slot: '维护',
							wrong: ['做', '建设'],
							sentence: { tiles: '我们 | 要 | 维护 | 客户关系', en: 'We must maintain them.' }
						})
					]
				})
			])
		);
		expect(practice.drills[0]).toMatchObject({
			before: '',
			slot: '维护',
			slotPinyin: ['wéi', 'hù'],
			after: '客户关系',
			wrong: ['做', '建设'],
			sentence: { tiles: ['我们', '要', '维护', '客户关系'], gap: 2 }
		});
	});

	it('rejects a slot that is not in the collocation', () => {
		expect(withDrill({ slot: '保持', wrong: ['做', '建设'] })).toContain(
			`${FILE}: collocations[0].drill.slot: expected "保持" to occur exactly once in "维护客户关系"`
		);
	});

	it('rejects a word listed as both wrong and right', () => {
		expect(withDrill({ slot: '维护', wrong: ['做', '保持'], also: ['保持'] })).toContain(
			`${FILE}: collocations[0].drill.wrong[1]: "保持" is listed as wrong but also as right`
		);
	});

	it('rejects a wrong word that another collocation teaches as right', () => {
		const jianli = anEntrySource('jianli', {
			hanzi: '建立',
			examples: [
				{ level: 'A2', zh: '我们要建立关系。', en: 'x', note: 'y' },
				{ level: 'B1', zh: '建立信任很难。', en: 'x', note: 'y' }
			],
			collocations: [
				{ id: 'jianli.colloc.kehu-guanxi', zh: '建立客户关系', type: 'verb-object', en: 'x', level: 'A2' }
			]
		});
		const problems = problemsOf([
			anEntryFile(aHeadwordSource()),
			anEntryFile(jianli),
			weihu({ collocations: [collocation({ slot: '维护', wrong: ['做', '建立'] })] })
		]);
		expect(problems.join('\n')).toMatch(/drill\.wrong\[1\]: "建立客户关系" is taught as right elsewhere/);
	});

	it('rejects tiles that repeat or leave out the slot', () => {
		const problems = withDrill({
			slot: '维护',
			wrong: ['做', '建设'],
			sentence: { tiles: '我们 | 我们 | 维护客户关系', en: 'x' }
		});
		expect(problems).toContain(
			`${FILE}: collocations[0].drill.sentence.tiles: tile "我们" appears twice, so the order is ambiguous`
		);
		expect(problems).toContain(
			`${FILE}: collocations[0].drill.sentence.tiles: expected one tile to be exactly the slot "维护"`
		);
	});

	it('rejects a situation whose answer is also a wrong choice, and a named error not in the sentence', () => {
		const problems = problemsOf([
			anEntryFile(aHeadwordSource()),
			weihu({
				situations: [
					{
						id: 'weihu.situation.meeting',
						kind: 'word',
						level: 'B1',
						situation: 'x',
						answer: '维护',
						wrong: ['维护', '保护'],
						explanation: 'y'
					}
				],
				mistakes: [
					{
						id: 'weihu.mistake.zuo',
						kind: 'collocation',
						level: 'A2',
						wrong: '做客户关系',
						right: '维护客户关系',
						explanation: 'z',
						error: '建设',
						fix: ['维护']
					}
				]
			})
		]);
		expect(problems).toContain(`${FILE}: situations[0].wrong[0]: "维护" is the answer, not a wrong choice`);
		expect(problems).toContain(`${FILE}: mistakes[0].error: expected "建设" to occur in the wrong sentence`);
	});
});
