/** fast-check arbitraries for hostile documents: mostly well-formed, with repeated ids, odd text and bad figures. */
import fc from 'fast-check';
import { anAssignment } from './sharing';

/** A few real ids, a few unknown ones and a few that are not ids at all, so repeats are common. */
const idPool = fc.constantFrom(
	'kehu-guanxi',
	'kefu',
	'liushi',
	'ke-hu',
	'x',
	'deck.1',
	'a1b2c3',
	'',
	'<b>',
	'a b'
);
const validIds = fc.uniqueArray(fc.constantFrom('kehu-guanxi', 'kefu', 'liushi', 'x', 'deck.1'), {
	maxLength: 4
});
const idList = fc.oneof(
	{ arbitrary: validIds, weight: 4 },
	{ arbitrary: fc.array(idPool, { maxLength: 6 }), weight: 1 }
);
const hostileText = fc.oneof(
	{ arbitrary: fc.string({ minLength: 1, maxLength: 40 }), weight: 3 },
	{
		arbitrary: fc.constantFrom('<script>', 'javascript:x', '\u202e名字', '\u0000', '李娜', 'é😀', ''),
		weight: 1
	}
);
const badFigure = fc.oneof(fc.integer({ min: -5, max: 2e9 }), fc.constantFrom(NaN, Infinity, 8.64e15, 1.5));
const figure = fc.oneof(
	{ arbitrary: fc.integer({ min: 0, max: 4e12 }), weight: 4 },
	{ arbitrary: badFigure, weight: 1 }
);
const goodShop = fc.record({
	seed: fc.integer({ min: 0, max: 1e6 }),
	customers: fc.integer({ min: 200, max: 100_000 }),
	day: fc.integer({ min: 0, max: 30_000 })
});
const shop = fc.oneof(
	{ arbitrary: goodShop, weight: 4 },
	{ arbitrary: fc.record({ seed: badFigure, customers: badFigure, day: badFigure }), weight: 1 }
);

const goodCard = fc.constantFrom(
	{ hanzi: '客户', english: 'client', pinyin: ['kè', 'hù'], level: 'A2', tags: ['crm'] },
	{ hanzi: '一会儿', english: 'a moment', pinyin: ['yí', 'huìr', ''], level: null, tags: [] }
);
const anyCard = fc.record({
	hanzi: fc.oneof(fc.constantFrom('客户', '一会儿', '質量', 'abc', ''), fc.string({ maxLength: 5 })),
	english: hostileText,
	pinyin: fc.array(fc.constantFrom('kè', 'hù', 'huìr', '', 'x1', '<'), { maxLength: 4 }),
	level: fc.constantFrom(null, 'A1', 'B2', 'Z9'),
	tags: fc.array(fc.constantFrom('crm', 'bad tag', ''), { maxLength: 3 })
});
const card = fc.oneof({ arbitrary: goodCard, weight: 4 }, { arbitrary: anyCard, weight: 1 });
const customDeck = fc.record({
	id: idPool,
	title: hostileText,
	cards: fc.array(card, { maxLength: 4 })
});

/** An assignment-shaped value that may or may not be valid. */
export const assignmentLike = fc
	.record(
		{
			version: fc.constantFrom(1, 2, 2, 2, 3, '2'),
			title: hostileText,
			teacher: hostileText,
			issuedAt: figure,
			dueAt: figure,
			decks: idList,
			drills: idList,
			quizzes: idList,
			missions: idList,
			customDecks: fc.array(customDeck, { maxLength: 2 }),
			shop
		},
		{ requiredKeys: ['decks', 'drills', 'quizzes', 'missions'] }
	)
	.map((fields) => {
		// A custom deck is listed among the decks most of the time, as the builder does it.
		const decks: string[] = fields.decks;
		const listed = (fields.customDecks ?? []).map((d) => d.id).filter((id) => !decks.includes(id));
		return { ...anAssignment(), ...fields, decks: [...decks, ...listed] };
	});

/** Any JSON value at all. */
export const anyJson = fc.jsonValue({ maxDepth: 4 });
