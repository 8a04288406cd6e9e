import { describe, expect, it } from 'vitest';
import { aHeadwordSource, anEntryFile, anEntrySource } from '../../tests/factories/content';
import { compileContent, type SourceFile } from './compile';
import { createPinyinReader } from './pinyin-reader';
import { ContentError } from './problems';

function problemsOf(files: SourceFile[], overrides: SourceFile | null = null): string[] {
	try {
		compileContent(files, overrides, createPinyinReader);
	} catch (error) {
		if (error instanceof ContentError) return error.message.split('\n');
		throw error;
	}
	return [];
}

const kehuGuanxi = () => anEntryFile(aHeadwordSource());
const weihu = (overrides = {}) => anEntryFile(anEntrySource('weihu', overrides));

describe('compileContent on valid content', () => {
	const [headword, verb] = compileContent(
		[
			kehuGuanxi(),
			weihu({
				collocations: [
					{
						id: 'weihu.colloc.kehu-guanxi',
						zh: '维护客户关系',
						type: 'verb-object',
						en: 'maintain client relations',
						level: 'A2',
						entry: 'kehu-guanxi'
					}
				],
				mistakes: [
					{
						id: 'weihu.mistake.zuo',
						kind: 'collocation',
						level: 'A2',
						wrong: '做客户关系',
						right: '维护客户关系',
						explanation: '做 does not take 关系.'
					}
				]
			})
		],
		null,
		createPinyinReader
	);

	it('generates the headword pinyin', () => {
		expect(headword?.pinyin).toEqual(['kè', 'hù', 'guān', 'xì']);
		expect(verb?.pinyin).toEqual(['wéi', 'hù']);
	});
	it('splits sentences into known words carrying their pinyin', () => {
		const segments = verb?.examples[0]?.segments ?? [];
		expect(segments.map((s) => [s.text, s.entryId])).toEqual([
			['我们要', undefined],
			['维护', 'weihu'],
			['客户关系', 'kehu-guanxi'],
			['。', undefined]
		]);
		expect(segments[2]?.pinyin).toEqual(['kè', 'hù', 'guān', 'xì']);
		expect(segments[3]?.pinyin).toEqual(['']);
	});
	it('compiles collocations and mistakes with their ids and owner', () => {
		expect(verb?.collocations[0]).toMatchObject({
			id: 'weihu.colloc.kehu-guanxi',
			entryId: 'weihu',
			pinyin: 'wéi hù kè hù guān xì',
			partnerId: 'kehu-guanxi'
		});
		expect(verb?.mistakes[0]?.right.map((s) => s.text)).toEqual(['维护', '客户关系']);
	});
	it('applies an example pinyin override syllable by syllable', () => {
		const [entry] = compileContent(
			[
				weihu({
					examples: [
						{ level: 'A2', zh: '维护好。', en: 'x', note: 'y', pinyin: 'wéi hù hǎo' },
						{ level: 'A2', zh: '维护', en: 'x', note: 'y' }
					]
				})
			],
			null,
			createPinyinReader
		);
		expect(entry?.examples[0]?.segments.flatMap((s) => s.pinyin)).toEqual(['wéi', 'hù', 'hǎo', '']);
	});
});

describe('compileContent on invalid content', () => {
	it('names the file, path and reason for a wrong type', () => {
		const problems = problemsOf([
			weihu({
				examples: [
					{ level: 'B3', zh: '维护', en: 'x', note: 'y' },
					{ level: 'A1', zh: '维护', en: 'x', note: 'y' }
				]
			})
		]);
		expect(problems).toEqual([
			expect.stringMatching(/^content\/entries\/weihu\.yaml: examples\[0\]\.level: .*"B3"/)
		]);
	});
	it('rejects a missing required field', () => {
		const source = anEntrySource();
		delete source.gloss;
		expect(problemsOf([anEntryFile(source)])).toEqual([expect.stringMatching(/weihu\.yaml: gloss: /)]);
	});
	it('rejects an unknown key, so a misspelling is noticed', () => {
		expect(problemsOf([weihu({ glos: 'x' })])).toEqual([expect.stringMatching(/weihu\.yaml: glos: /)]);
	});
	it('rejects broken YAML with its line', () => {
		expect(problemsOf([{ path: 'content/entries/weihu.yaml', text: 'id: weihu\nhanzi: [维护\n' }])).toEqual([
			expect.stringMatching(/weihu\.yaml: \(root\): YAML syntax error at line \d+/)
		]);
	});
	it('rejects fewer than two examples', () => {
		expect(problemsOf([weihu({ examples: [{ level: 'A2', zh: '维护', en: 'x', note: 'y' }] })])).toEqual([
			expect.stringMatching(/weihu\.yaml: examples: expected at least 2 examples/)
		]);
	});
	it('rejects duplicate entry ids across files', () => {
		const problems = problemsOf([weihu(), anEntryFile(anEntrySource('weihu'), 'weihu-copy.yaml')]);
		expect(problems).toContainEqual(
			expect.stringMatching(
				/weihu-copy\.yaml: id: duplicate id "weihu", first used in content\/entries\/weihu\.yaml/
			)
		);
	});
	it('rejects duplicate collocation ids', () => {
		const c = { id: 'weihu.colloc.guanxi', zh: '维护关系', type: 'verb-object', en: 'x', level: 'A2' };
		expect(problemsOf([weihu({ collocations: [c, c] })])).toEqual([
			expect.stringMatching(/weihu\.yaml: collocations\[1\]\.id: duplicate id "weihu\.colloc\.guanxi"/)
		]);
	});
	it('rejects dangling references', () => {
		const problems = problemsOf([
			weihu({ related: ['baochi'], contrasts: [{ word: '保持', entry: 'bao-chi', explanation: 'x' }] })
		]);
		expect(problems).toEqual([
			expect.stringMatching(/weihu\.yaml: related\[0\]: unknown entry id "baochi"/),
			expect.stringMatching(/weihu\.yaml: contrasts\[0\]\.entry: unknown entry id "bao-chi"/)
		]);
	});
	it('rejects an id that does not match the file name', () => {
		expect(problemsOf([anEntryFile(anEntrySource('weihu'), 'baochi.yaml')])).toEqual([
			expect.stringMatching(/baochi\.yaml: id: expected "baochi"/)
		]);
	});
	it('rejects an example without the word, which a cloze card could not blank', () => {
		const examples = [
			{ level: 'A2', zh: '我们要保持联系。', en: 'x', note: 'y' },
			{ level: 'A2', zh: '维护', en: 'x', note: 'y' }
		];
		expect(problemsOf([weihu({ examples })])).toEqual([
			expect.stringMatching(/weihu\.yaml: examples\[0\]\.zh: expected the sentence to contain "维护"/)
		]);
	});
	it('rejects a mistake whose wrong and right sentences are the same', () => {
		const mistakes = [
			{
				id: 'weihu.mistake.same',
				kind: 'meaning',
				level: 'A2',
				wrong: '维护',
				right: '维护',
				explanation: 'x'
			}
		];
		expect(problemsOf([weihu({ mistakes })])).toEqual([
			expect.stringMatching(/mistakes\[0\]\.wrong: expected the wrong sentence to differ/)
		]);
	});
	it('requires every level on a headword', () => {
		const source = aHeadwordSource();
		source.examples = (source.examples as { level: string }[]).filter((e) => e.level !== 'C2');
		delete (source.guidance as Record<string, string>).B1;
		const problems = problemsOf([anEntryFile(source)]);
		expect(problems).toContainEqual(expect.stringMatching(/guidance\.B1: expected guidance/));
		expect(problems).toContainEqual(
			expect.stringMatching(/examples: expected at least 3 C2 examples on a headword, got 0/)
		);
	});
	it('rejects a pinyin override with the wrong number of syllables', () => {
		const examples = [
			{ level: 'A2', zh: '维护好。', en: 'x', note: 'y', pinyin: 'wéi hù' },
			{ level: 'A2', zh: '维护', en: 'x', note: 'y' }
		];
		expect(problemsOf([weihu({ examples })])).toEqual([
			expect.stringMatching(/examples\[0\]\.pinyin: expected 3 syllables/)
		]);
	});
	it('rejects a malformed phrase-reading file', () => {
		expect(problemsOf([weihu()], { path: 'content/pinyin.yaml', text: 'abc: ke hu\n' })).toEqual([
			expect.stringMatching(/^content\/pinyin\.yaml: abc: expected a phrase of Chinese characters/)
		]);
	});
});
