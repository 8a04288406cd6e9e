import { describe, expect, it } from 'vitest';
import { doneToday } from './today';

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
});
