import { describe, expect, it } from 'vitest';
import { decodeDocument, encodeDocument, ShareError } from '$lib/domain/sharing/codec';
import { AssignmentBuilder } from './assignment-builder.svelte';
import { endOfLocalDay } from './due-date';

const NOW = new Date(2026, 8, 1, 9).getTime();

function filled(): AssignmentBuilder {
	const b = new AssignmentBuilder(NOW);
	b.title = ' Week 3 ';
	b.className = 'BC-201';
	b.toggle('deck', 'kefu', true);
	b.toggle('quiz', 'kefu', true);
	return b;
}

describe('AssignmentBuilder', () => {
	it('starts a week out and names what is missing', () => {
		const b = new AssignmentBuilder(NOW);
		expect(b.due).toBe('2026-09-08');
		expect(b.problems(NOW)).toEqual(['teach.problem.title', 'teach.problem.parts']);
		b.due = '2026-08-01';
		b.title = '<b>x</b>';
		expect(b.problems(NOW)).toEqual(['teach.problem.parts', 'teach.problem.past', 'teach.problem.markup']);
	});

	it('asks for a due date learners will accept, within three years', () => {
		const b = filled();
		b.due = '2029-08-31';
		expect(b.problems(NOW)).toEqual([]);
		b.due = '2275-09-13';
		expect(b.problems(NOW)).toEqual(['teach.problem.far']);
	});

	it('refuses invisible and direction-changing characters in the title, class, name and note', () => {
		for (const [field, text] of [
			['title', 'Week 3\u202e'],
			['className', '\u200b\u200b'],
			['teacher', '王\u2028老师'],
			['note', 'read\ud800']
		] as const) {
			const b = filled();
			b[field] = text;
			expect(b.problems(NOW), field).toContain('teach.problem.hidden');
		}
		const b = filled();
		b.note = 'two\nlines';
		expect(b.problems(NOW)).not.toContain('teach.problem.hidden');
	});

	it('toggles parts on and off without duplicates', () => {
		const b = filled();
		b.toggle('deck', 'kefu', true);
		b.toggle('deck', 'crm', true);
		b.toggle('deck', 'kefu', false);
		expect(b.selected.deck).toEqual(['crm']);
		expect(b.count).toBe(2);
	});

	it('builds a document that survives the share code, due at the end of the chosen day', () => {
		const b = filled();
		b.quizAccuracy = 79.6;
		expect(b.problems(NOW)).toEqual([]);
		const doc = b.build(NOW, 'abc123');
		expect(doc).toMatchObject({
			id: 'abc123',
			title: 'Week 3',
			decks: ['kefu'],
			quizzes: ['kefu'],
			issuedAt: NOW,
			dueAt: endOfLocalDay('2026-09-08'),
			target: { everyCardSeen: true, quizAccuracy: 80, recall: 0 }
		});
		expect(decodeDocument(encodeDocument(doc), 'assignment')).toEqual(doc);
	});

	it('names a shop out of range or left empty, only when missions are chosen', () => {
		const b = filled();
		b.shopCustomers = 50;
		expect(b.problems(NOW)).toEqual([]);
		b.toggle('mission', 'm1', true);
		expect(b.problems(NOW)).toEqual(['teach.problem.shop']);
		b.shopCustomers = 2000;
		b.shopSeed = null;
		expect(b.problems(NOW)).toEqual(['teach.problem.shop']);
	});

	it('refuses out-of-range targets through the schema', () => {
		const b = filled();
		b.recall = 150;
		expect(() => b.build(NOW, 'abc123')).toThrow(ShareError);
	});
});
