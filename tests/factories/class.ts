/** A small class for the dashboard: three learners' reports on one assignment with a deck and two missions. */
import type { Part, Report } from '../../src/lib/domain/sharing/documents';
import { aReport } from './sharing';

const deck = aReport().parts[0] as Part;
const mission = (id: string, correct: number): Part => ({
	kind: 'mission',
	id,
	total: 1,
	seen: 1,
	reviews: 1,
	correct,
	recall: 0.5,
	timeMs: 30_000
});

/** A learner's report with `seen` of 10 cards seen and the first mission done or not. */
export function aClassReport(learnerId: string, learner: string, seen: number, missionDone: boolean): Report {
	const base = aReport();
	return aReport({
		learnerId,
		learner,
		summary: { ...base.summary, seen, missionsDone: missionDone ? 1 : 0, missionsTotal: 2 },
		parts: [{ ...deck, seen }, mission('count-customers', missionDone ? 1 : 0), mission('count-platinum', 0)],
		mistakes: [
			...base.mistakes,
			{ itemId: 'mission.count-platinum', kind: 'meaning', count: 1, expected: '12', given: '7' }
		]
	});
}

export const CLASS = [
	aClassReport('a', 'An Ran', 9, true),
	aClassReport('b', 'Bai Lu', 2, false),
	aClassReport('c', 'Cai Ming', 5, true)
];
