import { describe, expect, it } from 'vitest';
import { cardId, cardIdsFor, CardIdError, parseCardId, templateItemId } from './card-id';
import type { ItemSource } from './items';

function anItem(overrides: Partial<ItemSource> = {}): ItemSource {
	return {
		id: 'kehu-guanxi',
		kind: 'word',
		hanzi: '客户关系',
		pinyin: ['kè', 'hù', 'guān', 'xì'],
		gloss: 'customer relationship',
		level: 'B1',
		examples: [{ level: 'B1', zh: '我们要维护客户关系。', en: 'We must maintain customer relationships.' }],
		...overrides
	};
}

describe('cardId', () => {
	it('joins item id and template with a colon', () => {
		expect(cardId('kehu-guanxi', 'recall')).toBe('kehu-guanxi:recall');
		expect(cardId('kehu-guanxi.colloc.weihu', 'pinyin')).toBe('kehu-guanxi.colloc.weihu:pinyin');
	});
	it('refuses item ids that would make an unreadable card id', () => {
		expect(() => cardId('a:b', 'recall')).toThrow(CardIdError);
		expect(() => cardId('', 'recall')).toThrow(CardIdError);
		expect(() => cardId('ke hu', 'recall')).toThrow(CardIdError);
	});
});

describe('cardIdsFor', () => {
	it('gives one card per template', () => {
		expect(cardIdsFor(anItem())).toEqual([
			'kehu-guanxi:recognition',
			'kehu-guanxi:recall',
			'kehu-guanxi:pinyin',
			'kehu-guanxi:listening',
			'kehu-guanxi:cloze'
		]);
	});
	it('gives a collocation three cards and a mistake pair one', () => {
		expect(cardIdsFor(anItem({ id: 'kehu-guanxi.colloc.weihu', kind: 'collocation' }))).toHaveLength(3);
		expect(cardIdsFor(anItem({ id: 'mistake.kehu-keren', kind: 'mistake' }))).toEqual([
			'mistake.kehu-keren:recognition'
		]);
	});
	it('round-trips through parseCardId', () => {
		const item = anItem({ id: 'kehu-guanxi.colloc.weihu' });
		for (const id of cardIdsFor(item))
			expect(cardId(parseCardId(id).itemId, parseCardId(id).template)).toBe(id);
	});
});

describe('parseCardId', () => {
	it('reads item ids with dots and hyphens', () => {
		expect(parseCardId('kehu-guanxi.colloc.weihu:recall')).toEqual({
			itemId: 'kehu-guanxi.colloc.weihu',
			template: 'recall'
		});
		expect(parseCardId('kehu:cloze')).toEqual({ itemId: 'kehu', template: 'cloze' });
	});
	it.each([
		'kehu',
		'kehu:',
		':recall',
		'kehu:typing',
		'kehu:recall:extra',
		'ke hu:recall',
		'kehu:Recall',
		''
	])('throws CardIdError for %j', (id) => expect(() => parseCardId(id)).toThrow(CardIdError));
	it('says what is wrong and keeps the id', () => {
		try {
			parseCardId('kehu:typing');
			expect.unreachable();
		} catch (error) {
			expect(error).toBeInstanceOf(CardIdError);
			expect(error).toMatchObject({ name: 'CardIdError', id: 'kehu:typing' });
			expect((error as CardIdError).message).toContain('unknown template "typing"');
		}
	});
});

describe('templateItemId', () => {
	it('prefixes a template id so it never meets an entry id, and its cards parse back', () => {
		expect(templateItemId('apology-kept-waiting')).toBe('template.apology-kept-waiting');
		expect(parseCardId(cardId(templateItemId('close-nice-day'), 'recall')).itemId).toBe(
			'template.close-nice-day'
		);
		expect(() => templateItemId('bad id')).toThrow(CardIdError);
	});
});
