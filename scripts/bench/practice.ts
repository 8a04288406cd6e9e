/**
 * Drill, quiz and retry run generation over the real compiled content, for a learner with a long
 * history: a stored state for every drill and quiz card and a notebook of thousands of mistakes.
 */
import { readFileSync } from 'node:fs';
import { drillCardId, quizCardId } from '../../src/lib/domain/cards/card-id';
import type { CardStateView } from '../../src/lib/domain/practice/run';
import { buildDrillRun, buildQuizRun } from '../../src/lib/domain/practice/run';
import { seededRandom } from '../../src/lib/domain/practice/random';
import type { PracticeContent, WordSource } from '../../src/lib/domain/practice/sources';
import { notebookItems, type AnswerRecord, type MistakeRecord } from '../../src/lib/domain/notebook/notebook';
import { buildRetryRun } from '../../src/lib/domain/notebook/retry';
import type { Figure } from './report';

const DAY = 86_400_000;
const MISTAKES = 5_000;
const ANSWERS = 50_000;
const RUNS = 200;

function learner(content: PracticeContent, now: number) {
	const random = seededRandom(11);
	const ids = [
		...content.drills.map((d) => drillCardId(d.id)),
		...content.quizzes.map((q) => quizCardId(q.id)),
		...content.situations.map((s) => (s.kind === 'register' ? drillCardId(s.id) : quizCardId(s.id)))
	];
	const states = new Map<string, CardStateView>(
		ids.map((id) => [
			id,
			{
				due: now + (random() - 0.5) * 20 * DAY,
				state: 2,
				lapses: Math.floor(random() * 3),
				stability: 1 + random() * 30
			}
		])
	);
	const mistakes: MistakeRecord[] = Array.from({ length: MISTAKES }, (_, i) => {
		const cardId = ids[Math.floor(random() * ids.length)] ?? '';
		return {
			itemId: cardId.split(':')[0] ?? '',
			cardId,
			reviewId: i * 10 + 1,
			kind: 'collocation',
			source: 'drill',
			expected: '维护客户关系',
			given: '做客户关系',
			at: now - random() * 365 * DAY
		};
	});
	const answers: AnswerRecord[] = Array.from({ length: ANSWERS }, (_, i) => ({
		id: i + 1,
		cardId: ids[Math.floor(random() * ids.length)] ?? '',
		grade: random() < 0.8 ? 3 : 1,
		reviewedAt: now - (ANSWERS - i) * 60_000
	}));
	return { states, mistakes, answers };
}

/** The 95th-percentile time of `fn` over RUNS calls after a short warm-up, in ms. */
function p95(fn: (i: number) => unknown): number {
	for (let i = 0; i < 10; i++) fn(-i);
	const times: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const start = performance.now();
		fn(i);
		times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	return times[Math.floor(RUNS * 0.95)] ?? NaN;
}

/** The practice figures; each includes working out the weak items from the notebook. */
export function practiceFigures(contentPath = 'src/lib/content/generated/practice.json'): Figure[] {
	const content = JSON.parse(readFileSync(contentPath, 'utf8')) as PracticeContent;
	const studyItems = JSON.parse(
		readFileSync('src/lib/content/generated/study-items.json', 'utf8')
	) as WordSource[];
	const words = new Map(studyItems.map((w) => [w.id, w]));
	const now = Date.UTC(2026, 11, 1, 9);
	const { states, mistakes, answers } = learner(content, now);
	const weak = (i: number) => {
		const items = notebookItems(mistakes, answers);
		return {
			items,
			options: { states, weak: new Set(items.filter((x) => x.active).map((x) => x.itemId)), now, seed: i }
		};
	};
	const scale = `${states.size} card states, ${MISTAKES / 1000}k mistakes, ${ANSWERS / 1000}k answers; p95 of ${RUNS}`;
	const figure = (name: string, value: number): Figure => ({
		name: `${name} (${scale})`,
		value,
		unit: 'ms',
		limit: 20,
		kind: 'max'
	});
	return [
		figure(
			'drill run generation',
			p95((i) => buildDrillRun(content, weak(i).options))
		),
		figure(
			'quiz run generation',
			p95((i) => buildQuizRun(content, weak(i).options))
		),
		figure(
			'notebook retry run generation',
			p95((i) => buildRetryRun(weak(i).items, content, words, i))
		)
	];
}
