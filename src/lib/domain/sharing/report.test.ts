import { describe, expect, it } from 'vitest';
import { anAssignment, aReport, ISSUED } from '../../../../tests/factories/sharing';
import { applyGrade } from '../scheduling/scheduler';
import { newMemoryState } from '../scheduling/new-card';
import { DEFAULT_SCHEDULER_SETTINGS, type MemoryState } from '../scheduling/types';
import { validateDocument } from './codec';
import { buildReport, documentHash, topMistakes, type MistakeFact } from './report';

const settings = { ...DEFAULT_SCHEDULER_SETTINGS, enableFuzz: false };
const parts = [
	{ kind: 'deck' as const, id: 'd', cardIds: ['w1:recognition', 'w1:recall', 'w2:recognition'] }
];
const mistake = (itemId: string, at: number, given = 'x'): MistakeFact => ({
	itemId,
	kind: 'tone',
	expected: 'kèhù',
	given,
	at
});

describe('buildReport', () => {
	const lapsed: MemoryState = { ...applyGrade(newMemoryState(ISSUED), 3, ISSUED, settings), lapses: 8 };
	const input = {
		assignment: anAssignment(),
		parts,
		cards: new Map([['w1:recall', lapsed]]),
		reviews: [{ cardId: 'w1:recall', grade: 1 as const, reviewedAt: ISSUED + 1, durationMs: 5000 }],
		mistakes: [mistake('w1', ISSUED + 5, '<script>alert(1)</script>')],
		learner: { id: 'l1', name: ' Li <b>Na</b> ' },
		leechThreshold: 8,
		now: ISSUED + 10
	};

	it('produces a document the report schema accepts, with markup removed from learner text', () => {
		const report = buildReport(input);
		expect(validateDocument(report, 'report')).toEqual(report);
		expect(report.learner).toBe('Li  b Na /b');
		expect(report.mistakes[0]?.given).not.toMatch(/[<>]/);
	});

	it('lists items with reviews or leeches, flagging leeches by the threshold', () => {
		const report = buildReport(input);
		expect(report.items).toEqual([
			expect.objectContaining({ id: 'w1', reviews: 1, correct: 0, lapses: 8, leech: true })
		]);
		expect(buildReport({ ...input, leechThreshold: 9 }).items[0]?.leech).toBe(false);
	});
});

describe('topMistakes', () => {
	it('groups by item and kind, most frequent first, only for this assignment since it was issued', () => {
		const mistakes = [
			mistake('w2', ISSUED + 1),
			mistake('w1', ISSUED + 2),
			mistake('w1', ISSUED + 3, 'latest'),
			mistake('w1', ISSUED - 1),
			mistake('other', ISSUED + 4)
		];
		const top = topMistakes({ mistakes, assignment: anAssignment(), parts });
		expect(top.map((m) => [m.itemId, m.count])).toEqual([
			['w1', 2],
			['w2', 1]
		]);
		expect(top[0]?.given).toBe('latest');
	});
});

describe('documentHash', () => {
	it('is stable for equal documents and differs when anything changes', () => {
		expect(documentHash(aReport())).toBe(documentHash(aReport()));
		expect(documentHash(aReport())).toMatch(/^[0-9a-f]{14}$/);
		expect(documentHash(aReport({ createdAt: 1 }))).not.toBe(documentHash(aReport()));
	});
});
