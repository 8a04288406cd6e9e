import { describe, expect, it } from 'vitest';
import { checkPinyin } from '$lib/domain/answers/pinyin-feedback';
import { aStudyItem } from '../../../../tests/factories/study';
import { cardMistake } from './card-mistake';

const kefu = aStudyItem('kefu', { hanzi: '客服', pinyin: ['kè', 'fú'], gloss: 'customer service' });
const typed = (input: string) => {
	const pinyin = checkPinyin(kefu.pinyin, input, kefu.hanzi);
	return { correct: pinyin.correct, given: input, issues: pinyin.issues, pinyin };
};

describe('cardMistake', () => {
	it('files typed pinyin with only the tones wrong as a tone mistake naming the syllable', () => {
		const m = cardMistake(kefu, 'pinyin', typed('ke4fu4'), 1, '客服');
		expect(m).toMatchObject({ kind: 'tone', expected: 'kè fú', given: 'ke4fu4' });
		expect(m?.note).toBe('客服: 服 4→2');
	});

	it('files wrong letters, a wrong typed word and a forgotten card as meaning mistakes', () => {
		expect(cardMistake(kefu, 'pinyin', typed('ke4hu4'), 1, '客服')?.kind).toBe('meaning');
		expect(
			cardMistake(kefu, 'recall', { correct: false, given: '客户', issues: [] }, 1, '客服')
		).toMatchObject({
			kind: 'meaning',
			expected: '客服',
			given: '客户'
		});
		expect(cardMistake(kefu, 'recognition', null, 1, '客服')).toEqual({
			kind: 'meaning',
			expected: '客服',
			given: '',
			note: '客服 kè fú'
		});
	});

	it('records nothing unless the grade is Again', () => {
		expect(cardMistake(kefu, 'recognition', null, 3, '客服')).toBeUndefined();
		expect(cardMistake(kefu, 'pinyin', typed('ke4fu4'), 3, '客服')).toBeUndefined();
	});
});
