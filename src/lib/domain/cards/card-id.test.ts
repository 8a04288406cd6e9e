import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	cardId,
	cardIdsFor,
	CardIdError,
	customItemId,
	entryOfItem,
	isCustomItem,
	itemOfCard,
	missionCardId,
	parseCardId,
	tryCardId
} from './card-id';
import { EXERCISE_TEMPLATES, TEMPLATES } from './templates';
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

describe('the other id forms', () => {
	it('item ids come from card ids, keeping dots, without throwing on a stored oddity', () => {
		expect(itemOfCard('kefu.colloc.zhao:drill')).toBe('kefu.colloc.zhao');
		expect(itemOfCard('no-colon')).toBe('no-colon');
	});
	it('an item belongs to the entry before its first dot', () => {
		expect(entryOfItem('kehu-guanxi.colloc.weihu')).toBe('kehu-guanxi');
		expect(entryOfItem('kefu')).toBe('kefu');
	});
	it('custom item ids cannot collide with content ids', () => {
		expect(customItemId('k3x9', 4)).toBe('custom.k3x9.4');
		expect(isCustomItem(customItemId('k3x9', 4))).toBe(true);
		expect(isCustomItem('kehu-guanxi')).toBe(false);
	});
	it('a mission is a card with the mission template', () => {
		expect(parseCardId(missionCardId('rfm-count'))).toEqual({
			itemId: 'mission.rfm-count',
			template: 'mission'
		});
	});
	it('tryCardId refuses what cardId throws on, without throwing', () => {
		expect(tryCardId('a:b', 'drill')).toBeNull();
		expect(tryCardId('', 'quiz')).toBeNull();
		expect(tryCardId('kefu.colloc.zhao', 'drill')).toBe('kefu.colloc.zhao:drill');
	});
});

describe('ids under random input', () => {
	const segment = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,11}$/);
	const itemId = fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('.'));
	const template = fc.constantFrom(...TEMPLATES, ...EXERCISE_TEMPLATES);

	it('build and parse round-trip for every item id and template', () => {
		fc.assert(
			fc.property(itemId, template, (item, t) => {
				const id = cardId(item, t);
				expect(parseCardId(id)).toEqual({ itemId: item, template: t });
				expect(itemOfCard(id)).toBe(item);
				expect(tryCardId(item, t)).toBe(id);
			})
		);
	});
	it('parseCardId either reads a string back exactly or throws CardIdError', () => {
		fc.assert(
			fc.property(fc.string(), (s) => {
				try {
					const { itemId, template } = parseCardId(s);
					expect(cardId(itemId, template)).toBe(s);
				} catch (e) {
					expect(e).toBeInstanceOf(CardIdError);
				}
			})
		);
	});
});
