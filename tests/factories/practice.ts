/** Builders for practice content and notebook records in unit tests. */
import type { DrillSource, QuizSource, SituationSource } from '../../src/lib/domain/practice/sources';
import type { AnswerRecord, MistakeRecord } from '../../src/lib/domain/notebook/notebook';

export function aDrill(overrides: Partial<DrillSource> = {}): DrillSource {
	return {
		id: 'kehu-guanxi.colloc.weihu',
		entryId: 'kehu-guanxi',
		words: ['kehu-guanxi', 'weihu'],
		level: 'A2',
		zh: '维护客户关系',
		pinyin: 'wéi hù kè hù guān xì',
		en: 'maintain customer relationships',
		before: '',
		slot: '维护',
		slotPinyin: ['wéi', 'hù'],
		after: '客户关系',
		accepted: ['维护'],
		valid: ['维护', '建立'],
		// Unless a test says otherwise, every taught filler is in the slot's own role.
		sameRole: overrides.valid ?? ['维护', '建立'],
		wrong: ['做', '建设'],
		sentence: {
			tiles: ['销售经理', '每周', '维护', '客户关系'],
			gap: 2,
			en: 'The sales manager maintains them weekly.'
		},
		...overrides
	};
}

export function aQuiz(overrides: Partial<QuizSource> = {}): QuizSource {
	return {
		id: 'kehu-guanxi.mistake.zuo',
		entryId: 'kehu-guanxi',
		kind: 'collocation',
		level: 'A2',
		wrong: '我们要做客户关系。',
		right: '我们要建立客户关系。',
		explanation: '做 does not take 关系.',
		fixed: ['我们要建立客户关系。'],
		typeable: true,
		tokens: ['我们', '要', '做', '客户关系', '。'],
		errorToken: 2,
		...overrides
	};
}

export function aSituation(overrides: Partial<SituationSource> = {}): SituationSource {
	return {
		id: 'fuwuyuan.situation.restaurant',
		entryId: 'fuwuyuan',
		kind: 'word',
		level: 'A2',
		situation: 'In a restaurant, whom do you call?',
		answer: '服务员',
		wrong: ['客服', '客户服务'],
		explanation: '服务员 serve you face to face.',
		...overrides
	};
}

let nextReview = 1;

export function aMistake(overrides: Partial<MistakeRecord> = {}): MistakeRecord {
	return {
		itemId: 'kehu-guanxi.mistake.zuo',
		cardId: 'kehu-guanxi.mistake.zuo:quiz',
		reviewId: nextReview++,
		kind: 'collocation',
		source: 'quiz',
		expected: '我们要建立客户关系。',
		given: '我们要做客户关系。',
		at: 1_000,
		...overrides
	};
}

export function anAnswer(overrides: Partial<AnswerRecord> = {}): AnswerRecord {
	return {
		id: nextReview++,
		cardId: 'kehu-guanxi.mistake.zuo:quiz',
		grade: 3,
		reviewedAt: 2_000,
		...overrides
	};
}
