/** The real practice content: every item yields valid questions, and no distractor is also right. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gradeResponse } from '../../src/lib/domain/practice/registry';
import type { PracticeContent } from '../../src/lib/domain/practice/sources';
import { MISTAKE_KINDS } from '../../src/lib/domain/practice/sources';
import { orderOf, rightResponse } from '../../tests/factories/responses';
import { everyQuestion, yieldByType } from './practice-yield';

const content = JSON.parse(
	readFileSync('src/lib/content/generated/practice.json', 'utf8')
) as PracticeContent;
const questions = everyQuestion(content);

describe('practice content', () => {
	it('yields every drill and quiz type', () => {
		const counts = yieldByType(content);
		for (const type of [
			'choose-collocate',
			'match',
			'fill-gap',
			'build-sentence',
			'pick-register',
			'odd-one-out'
		])
			expect(counts[type], type).toBeGreaterThanOrEqual(8);
		for (const type of ['spot-error', 'choose-correct', 'correct-sentence', 'right-word'])
			expect(counts[type], type).toBeGreaterThanOrEqual(8);
	});

	it('covers every kind of mistake', () => {
		// Reply moves and ticket facts are only ever missed at the 客服 desk, never authored as quiz items.
		for (const kind of MISTAKE_KINDS.filter((k) => k !== 'move' && k !== 'fact'))
			expect(content.quizzes.filter((q) => q.kind === kind).length, kind).toBeGreaterThanOrEqual(3);
	});

	it('accepts the intended answer of every question', () => {
		for (const q of questions)
			expect(gradeResponse(q, rightResponse(q)).correct, `${q.type} ${q.itemId}`).toBe(true);
	});

	it('never offers a distractor that the content teaches as right', () => {
		const byId = new Map(content.drills.map((d) => [d.id, d]));
		for (const q of questions) {
			// Odd one out offers taught words on purpose; its own test below checks it.
			if (q.mode !== 'choose' || q.type === 'odd-one-out') continue;
			const drill = byId.get(q.itemId);
			q.options.forEach((option, i) => {
				if (i === q.answer) return;
				expect(gradeResponse(q, { mode: 'choose', choice: i }).correct, `${q.itemId}: ${option}`).toBe(false);
				if (drill) expect(drill.valid, `${q.itemId}: ${option}`).not.toContain(option);
				if (q.type === 'choose-correct')
					expect(option).toBe(content.quizzes.find((x) => x.id === q.itemId)?.wrong);
			});
			expect(new Set(q.options).size, `${q.itemId} repeats an option`).toBe(q.options.length);
		}
	});

	it('asks the odd one out with one word no collocation of that frame teaches, and the rest taught', () => {
		const taught = (before: string, after: string) =>
			new Set(content.drills.filter((d) => d.before === before && d.after === after).flatMap((d) => d.valid));
		for (const q of questions) {
			if (q.type !== 'odd-one-out' || q.mode !== 'choose') continue;
			const fitting = taught(q.before ?? '', q.after ?? '');
			q.options.forEach((option, i) =>
				expect(fitting.has(option), `${q.itemId}: ${option}`).toBe(i !== q.answer)
			);
			expect(new Set(q.options).size, `${q.itemId} repeats an option`).toBe(q.options.length);
		}
	});

	it('builds match questions with exactly one right matching', () => {
		for (const q of questions) {
			if (q.mode !== 'match') continue;
			q.pairs.forEach((_, f) => {
				const fitting = q.words.filter((_w, w) => q.valid[w]?.[f]);
				expect(fitting, `${q.itemId} frame ${f}`).toHaveLength(1);
			});
		}
	});

	it('marks exactly one tappable wrong word, which the correction replaces', () => {
		for (const q of questions) {
			if (q.mode !== 'tap') continue;
			expect(q.tokens.join(''), q.itemId).toBe(content.quizzes.find((x) => x.id === q.itemId)?.wrong);
			q.tokens.forEach((_, i) => {
				if (i !== q.answer) expect(gradeResponse(q, { mode: 'tap', tap: i }).correct).toBe(false);
			});
			// The correction keeps everything around the tapped word and changes the word itself.
			const before = q.tokens.slice(0, q.answer).join('');
			const after = q.tokens.slice(q.answer + 1).join('');
			const fixed = q.explanation.zh;
			expect(fixed.startsWith(before) && fixed.endsWith(after), `${q.itemId}: ${fixed}`).toBe(true);
			expect(fixed.slice(before.length, fixed.length - after.length)).not.toBe(q.tokens[q.answer]);
		}
	});

	it('does not accept the wrong sentence as its own correction', () => {
		for (const q of questions) {
			if (q.type !== 'correct-sentence' || q.mode !== 'type' || !q.sentence) continue;
			expect(gradeResponse(q, { mode: 'type', text: q.sentence }).correct, q.itemId).toBe(false);
		}
	});

	it('scrambles every sentence to build, and only the authored order is right', () => {
		for (const q of questions) {
			if (q.mode !== 'order') continue;
			expect(q.tiles.join(''), q.itemId).not.toBe(q.answer);
			const reversed = orderOf(q.tiles, q.answer).reverse();
			expect(gradeResponse(q, { mode: 'order', order: reversed }).correct).toBe(false);
		}
	});

	it('explains every answer with the Chinese', () => {
		for (const q of questions) expect(q.explanation.zh, q.itemId).toMatch(/\p{Script=Han}/u);
	});
});
