import { describe, expect, it } from 'vitest';
import type { ResolvedPathname } from '$app/types';
import { decodeDocument, encodeDocument } from '$lib/domain/sharing/codec';
import { readShopParam } from '$lib/domain/sharing/shop';
import { AssignmentBuilder } from '$lib/state/runes/assignment-builder.svelte';
import { itemHome } from '$lib/domain/cards/card-id';
import { itemHref, partHref } from './href';

const NOW = new Date(2026, 8, 1, 9).getTime();
const ROOT = '/' as ResolvedPathname;

describe('partHref', () => {
	it('sends every learner’s mission link to the shop the teacher chose', () => {
		const b = new AssignmentBuilder(NOW);
		b.title = 'Week 3';
		b.toggle('mission', 'm1', true);
		b.shopSeed = 424242;
		b.shopCustomers = 5000;
		const doc = decodeDocument(encodeDocument(b.build(NOW, 'abc123')), 'assignment');
		const href = partHref(ROOT, 'mission', 'm1', doc);
		expect(href.startsWith('/simulator/missions?')).toBe(true);
		const shop = readShopParam(new URL(href, 'https://x.test').searchParams.get('shop'));
		expect(shop).toEqual({ seed: 424242, customers: 5000, day: doc.shop?.day });
	});

	it('sends a teacher’s own deck to the custom study page', () => {
		const deck = { id: 'd1', title: 'Mine', cards: [] };
		expect(partHref(ROOT, 'deck', 'd1', { customDecks: [deck] })).toBe('/study/custom?deck=d1');
	});
});

describe('itemHref', () => {
	it('sends each kind of item to a page that exists: a template to its row, never to a word page', () => {
		const href = (itemId: string) => itemHref(ROOT, itemHome(itemId));
		expect(href('template.apology-kept-waiting')).toBe('/templates#t-apology-kept-waiting');
		expect(href('kehu-guanxi.colloc.weihu')).toBe('/words/kehu-guanxi');
		expect(href('desk.move.apology')).toBe('/simulator/desk');
		expect(href('mission.rfm-count')).toBe('/simulator/missions#m-rfm-count');
		expect(href('custom.my.deck.12')).toBe('/study/custom?deck=my.deck');
		expect(itemHref('/base/', itemHome('kefu'))).toBe('/base/words/kefu');
	});
});
