import { describe, expect, it } from 'vitest';
import enCore from './en/core';
import zhCore from './zh/core';
import { deckTitle } from './deck-title';
import type { Translate } from './messages';

const translator =
	(messages: Record<string, string>): Translate =>
	(key, ...values) =>
		(messages[key] ?? key).replace(/\{(\w+)\}/g, (_, n: string) =>
			String((values[0] as Record<string, unknown>)?.[n])
		);

describe('deckTitle', () => {
	it('words built-in decks in the interface language', () => {
		const en = translator(enCore),
			zh = translator(zhCore);
		const headword = {
			id: 'kefu',
			kind: 'headword',
			hanzi: '客服',
			gloss: 'customer service',
			itemIds: []
		} as const;
		expect(deckTitle(headword, en)).toBe('客服 · customer service');
		expect(deckTitle(headword, zh)).toBe('客服');
		const level = { id: 'level-b1', kind: 'level', level: 'B1', itemIds: [] } as const;
		expect(deckTitle(level, en)).toBe('CEFR B1');
		expect(deckTitle(level, zh)).toBe('CEFR B1级');
		expect(deckTitle({ kind: 'crm' }, zh)).toBe('CRM术语');
		expect(deckTitle({ kind: 'templates' }, en)).toBe('Service message templates');
	});

	it('keeps a custom deck’s own title in either language', () => {
		expect(deckTitle({ kind: 'named', title: 'Week 3 words' }, translator(zhCore))).toBe('Week 3 words');
	});
});
