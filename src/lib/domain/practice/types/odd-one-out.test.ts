import { describe, expect, it } from 'vitest';
import { aDrill } from '../../../../../tests/factories/practice';
import { seededRandom } from '../random';
import { gradeResponse, typesFor } from '../registry';
import { ODD_ONE_OUT_FITTING, oddOneOut } from './odd-one-out';

const drill = aDrill({
	valid: ['维护', '建立', '改善', '与…的', '保持良好的', '巩固', '重点', '紧张的'],
	// 重点 and 紧张的 fill the gap too, but as modifiers, not as the verb.
	sameRole: ['维护', '建立', '改善', '与…的', '保持良好的', '巩固'],
	wrong: ['做', '建设']
});

describe('odd one out', () => {
	it('shows the collocation’s own word and other taught one-word partners beside one wrong word', () => {
		for (let seed = 1; seed <= 20; seed++) {
			const q = oddOneOut(drill, seededRandom(seed));
			const odd = q.options[q.answer] ?? '';
			expect(drill.wrong).toContain(odd);
			const fitting = q.options.filter((_, i) => i !== q.answer);
			expect(fitting).toHaveLength(ODD_ONE_OUT_FITTING);
			expect(fitting).toContain('维护');
			// Whole phrases such as 与…的 would give the answer away by their length, and a modifier
			// beside the verbs would leave the gap's role open.
			for (const w of fitting) expect(['维护', '建立', '改善', '巩固']).toContain(w);
			expect(q.explanation.zh.split('，').sort()).toEqual(fitting.map((w) => `${w}客户关系`).sort());
		}
	});

	it('files a fitting word taken for the odd one as a collocation mistake that expects the fitting ones', () => {
		const q = oddOneOut(drill, seededRandom(3));
		const odd = q.options[q.answer] ?? '';
		const fits = q.options.findIndex((_, i) => i !== q.answer);
		const graded = gradeResponse(q, { mode: 'choose', choice: fits });
		expect(graded.correct).toBe(false);
		expect(graded.outcomes[0]).toMatchObject({
			cardId: 'kehu-guanxi.colloc.weihu:drill',
			kind: 'collocation',
			expected: q.explanation.zh,
			given: q.options[fits],
			note: `✗ ${odd}客户关系`
		});
		expect(gradeResponse(q, { mode: 'choose', choice: q.answer }).correct).toBe(true);
	});

	it('is asked only of collocations with another one-word partner and a known wrong word', () => {
		const asks = (d = drill) => typesFor({ from: 'drill', drill: d, pool: [] }).includes('odd-one-out');
		expect(asks()).toBe(true);
		expect(asks(aDrill({ valid: ['维护', '与…的'] }))).toBe(false);
		expect(asks(aDrill({ wrong: [] }))).toBe(false);
		expect(asks(aDrill({ measure: true, before: '一', slot: '位', after: '客户' }))).toBe(false);
	});
});
