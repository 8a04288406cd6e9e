import { describe, expect, it } from 'vitest';
import { doneToday, usedToday } from './today';

describe('doneToday', () => {
	it('counts a new card once however often it was answered, and each review answer', () => {
		expect(
			doneToday([
				{ cardId: 'a:recall', stateBefore: 0 },
				{ cardId: 'a:recall', stateBefore: 1 },
				{ cardId: 'b:recall', stateBefore: 0 },
				{ cardId: 'c:recall', stateBefore: 2 },
				{ cardId: 'd:recall', stateBefore: 3 }
			])
		).toEqual({ newDoneToday: 2, reviewsDoneToday: 1 });
	});

	it('leaves drill, quiz and mission answers out of the study limits', () => {
		expect(
			doneToday([
				{ cardId: 'a:recall', stateBefore: 0, source: 'review' },
				{ cardId: 'x.colloc.y:drill', stateBefore: 0, source: 'drill' },
				{ cardId: 'x.mistake.y:quiz', stateBefore: 2, source: 'quiz' },
				{ cardId: 'm:mission', stateBefore: 2, source: 'simulator' }
			])
		).toEqual({ newDoneToday: 1, reviewsDoneToday: 0 });
	});

	it('counts only one deck’s cards for that deck’s own limits', () => {
		const answers = [
			{ cardId: 'a:recall', stateBefore: 0 as const },
			{ cardId: 'b:recall', stateBefore: 0 as const },
			{ cardId: 'c:recall', stateBefore: 2 as const }
		];
		expect(doneToday(answers, new Set(['a:recall', 'c:recall']))).toEqual({
			newDoneToday: 1,
			reviewsDoneToday: 1
		});
	});

	it('gives a deck with limits of its own what its cards used, beside the use across all decks', () => {
		const answers = [
			{ cardId: 'a:recall', stateBefore: 0 as const },
			{ cardId: 'b:recall', stateBefore: 0 as const }
		];
		expect(usedToday(answers)).toEqual({ newDoneToday: 2, reviewsDoneToday: 0 });
		expect(usedToday(answers, { limits: { newPerDay: 3 }, cardIds: ['a:recall'] })).toEqual({
			newDoneToday: 2,
			reviewsDoneToday: 0,
			deck: { limits: { newPerDay: 3 }, newDoneToday: 1, reviewsDoneToday: 0 }
		});
	});
});
