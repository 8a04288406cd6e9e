import { describe, expect, it } from 'vitest';
import { mastery } from './mastery';
import { aStatsCard } from './test-factories';

const LEVELS: Record<string, string> = { a: 'A1', b: 'A1', c: 'B1', d: 'B1', e: 'B1' };
const levelOf = (cardId: string) => LEVELS[cardId.slice(0, cardId.indexOf(':'))];

describe('mastery', () => {
	it('reports learned and mastered shares per level, in the order given', () => {
		const cards = [
			aStatsCard('a:recall', 0, { state: 2, stability: 30 }),
			aStatsCard('a:pinyin', 0, { state: 2, stability: 21 }),
			aStatsCard('b:recall', 0, { state: 2, stability: 20.9 }),
			aStatsCard('c:recall', 0, { state: 3, stability: 40 }),
			aStatsCard('d:recall', 0, { state: 1, stability: 40 }),
			aStatsCard('e:recall', 0, { state: 0 })
		];
		const rows = mastery(cards, levelOf, { A1: 10, A2: 5, B1: 4 });
		expect(rows.map((r) => r.level)).toEqual(['A1', 'A2', 'B1']);
		expect(rows[0]).toEqual({
			level: 'A1',
			total: 10,
			learned: 3,
			mastered: 2,
			learnedShare: 0.3,
			masteredShare: 0.2
		});
		expect(rows[1]).toMatchObject({ total: 5, learned: 0, learnedShare: 0, masteredShare: 0 });
		expect(rows[2]).toMatchObject({ learned: 1, mastered: 0, learnedShare: 0.25 });
	});

	it('leaves out cards of unknown items or levels and copes with empty levels', () => {
		const cards = [
			aStatsCard('zz:recall', 0, { stability: 99 }),
			aStatsCard('c:recall', 0, { stability: 99 })
		];
		const rows = mastery(cards, levelOf, { A1: 0, C2: 0 });
		expect(rows).toEqual([
			{ level: 'A1', total: 0, learned: 0, mastered: 0, learnedShare: 0, masteredShare: 0 },
			{ level: 'C2', total: 0, learned: 0, mastered: 0, learnedShare: 0, masteredShare: 0 }
		]);
	});

	it('takes the mastery threshold as an argument', () => {
		const rows = mastery([aStatsCard('a:recall', 0, { stability: 10 })], levelOf, { A1: 1 }, 7);
		expect(rows[0]?.masteredShare).toBe(1);
	});
});
