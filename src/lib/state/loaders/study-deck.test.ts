import { beforeEach, expect, it } from 'vitest';
import { aFreshDatabase } from '../../../../tests/factories/database';
import { aStudyItem } from '../../../../tests/factories/study';
import type { StudyContent } from '$lib/content/study';
import { saveCustomDeck } from '$lib/data/custom-deck-repository';
import { addStudyTerm } from '$lib/data/simulator-repository';
import { SIMULATOR_DECK_ID, simulatorDeck } from './simulator-deck';
import { builtInDecks, loadStudyDeck } from './study-deck';

const content: StudyContent = {
	items: new Map([['kefu', aStudyItem('kefu', { examples: [] })]]),
	decks: [{ id: 'kefu', kind: 'headword', hanzi: '客服', gloss: 'Agent', itemIds: ['kefu'] }]
};

beforeEach(async () => {
	aFreshDatabase();
	await saveCustomDeck(
		'Mine',
		[{ hanzi: '流失', english: 'churn', pinyin: ['liú', 'shī'], level: null, tags: [] }],
		1,
		() => 'm1'
	);
});

it('loads a built-in deck, a custom deck, and both for the catch-up session', async () => {
	const kefu = await loadStudyDeck('kefu', null, content);
	expect(kefu?.name).toMatchObject({ kind: 'headword', hanzi: '客服' });
	expect(kefu?.cardIds).toContain('kefu:recall');
	const custom = await loadStudyDeck('custom', 'm1', content);
	expect(custom?.name).toEqual({ kind: 'named', title: 'Mine' });
	expect(custom?.items.get('custom.m1.1')?.hanzi).toBe('流失');
	const all = await loadStudyDeck('all', null, content);
	expect(all?.name).toBeNull();
	expect(all?.cardIds).toEqual(expect.arrayContaining(['kefu:recognition', 'custom.m1.1:recognition']));
	expect(all?.items.has('custom.m1.1') && all.items.has('kefu')).toBe(true);
	// Each deck keeps its own daily limits under its id; the catch-up session has none of its own.
	expect([kefu?.limitsId, custom?.limitsId, all?.limitsId]).toEqual(['kefu', 'm1', null]);
});

it('is null for a deck that does not exist', async () => {
	expect(await loadStudyDeck('nope', null, content)).toBeNull();
	expect(await loadStudyDeck('custom', 'gone', content)).toBeNull();
});

it('opens each deck of the overview with exactly the cards the overview counts', async () => {
	await addStudyTerm('kefu', 2);
	const decks = builtInDecks(content, await simulatorDeck(content.items));
	expect(decks.map((d) => d.id)).toEqual(['kefu', SIMULATOR_DECK_ID]);
	for (const deck of decks) {
		const opened = await loadStudyDeck(deck.id, null, content);
		expect(new Set(opened?.cardIds)).toEqual(new Set(deck.cardIds));
	}
});

it('has no simulator deck before the learner meets a word there', async () => {
	expect(builtInDecks(content, await simulatorDeck(content.items)).map((d) => d.id)).toEqual(['kefu']);
});
