import { describe, expect, it } from 'vitest';
import { goodCards, parseCustomDeck } from '$lib/domain/decks/custom-deck';
import { loadImportFiller } from './import-pinyin';

describe('the import pinyin filler', () => {
	it('reads traditional characters by word, through their simplified forms', async () => {
		const fill = await loadImportFiller();
		expect(fill('質量問題')).toEqual(['zhì', 'liàng', 'wèn', 'tí']);
		expect(fill('西安分公司')).toEqual(['xī', 'ān', 'fēn', 'gōng', 'sī']);
		expect(fill('客戶關係')).toEqual(['kè', 'hù', 'guān', 'xì']);
	});

	it('reads the same words in simplified characters the same way', async () => {
		const fill = await loadImportFiller();
		expect(fill('质量问题')).toEqual(['zhì', 'liàng', 'wèn', 'tí']);
		expect(fill('西安分公司')).toEqual(['xī', 'ān', 'fēn', 'gōng', 'sī']);
		expect(fill('还款')).toEqual(['huán', 'kuǎn']);
	});

	it('fills a traditional row of an import with one syllable per character', async () => {
		const rows = parseCustomDeck(
			'質量問題,quality problem\n售後服務,after-sales service\n',
			await loadImportFiller()
		);
		expect(goodCards(rows).map((c) => c.pinyin.join(' '))).toEqual(['zhì liàng wèn tí', 'shòu hòu fú wù']);
	});
});
