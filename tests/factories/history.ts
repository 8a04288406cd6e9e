/**
 * A learner's review history for the optimizer: cards studied with the app's scheduler, remembered
 * or forgotten as a memory with other FSRS parameters (the learner's "true" ones) predicts.
 */
import { default_w, FSRSAlgorithm, generatorParameters, type FSRSState } from 'ts-fsrs';
import { newMemoryState } from '../../src/lib/domain/scheduling/new-card';
import { applyGrade } from '../../src/lib/domain/scheduling/scheduler';
import {
	DEFAULT_SCHEDULER_SETTINGS,
	type Grade,
	type MemoryState
} from '../../src/lib/domain/scheduling/types';
import { seeded } from './sharing';

const DAY = 86_400_000;
/** This learner remembers better than the defaults assume: longer first stabilities, slower decay. */
export const LEARNER_WEIGHTS = [0.6, 2.5, 5, 15, ...default_w.slice(4, 20), 0.3];

export interface GeneratedHistory {
	cardIds: string[];
	card: number[];
	grade: Grade[];
	reviewedAt: number[];
	states: MemoryState[];
}

/** About `cards` × 15 reviews over `days` days ending at `end` (epoch ms), every card reviewed when due. */
export function aReviewHistory(cards: number, days: number, end: number, seed = 7): GeneratedHistory {
	const random = seeded(seed);
	const truth = new FSRSAlgorithm(generatorParameters({ w: LEARNER_WEIGHTS }));
	const settings = {
		...DEFAULT_SCHEDULER_SETTINGS,
		learningSteps: [],
		relearningSteps: [],
		enableFuzz: false
	};
	const start = end - days * DAY;
	const out: GeneratedHistory = { cardIds: [], card: [], grade: [], reviewedAt: [], states: [] };
	const events: { c: number; at: number; grade: Grade }[] = [];
	for (let c = 0; c < cards; c++) {
		out.cardIds.push(`gen-${c}:recognition`);
		let at = start + Math.floor(random() * days * 0.5) * DAY + 9 * 3_600_000;
		let memory = newMemoryState(at);
		let real: FSRSState | null = null;
		let lastAt = at;
		while (at < end) {
			const elapsed = real ? Math.round((at - lastAt) / DAY) : 0;
			const recall = real ? truth.forgetting_curve(elapsed, real.stability) : 0.5;
			const grade: Grade = random() < recall ? (random() < 0.15 ? 4 : 3) : 1;
			events.push({ c, at, grade });
			real = truth.next_state(real, elapsed, grade);
			memory = applyGrade(memory, grade, at, settings);
			lastAt = at;
			at = Math.max(memory.due, at + DAY);
		}
		out.states.push(memory);
	}
	events.sort((a, b) => a.at - b.at);
	for (const e of events) {
		out.card.push(e.c);
		out.grade.push(e.grade);
		out.reviewedAt.push(e.at);
	}
	return out;
}

/** The history as a backup file the app restores (cards scheduled with the default settings). */
export function aHistoryBackup(history: GeneratedHistory, exportedAt: number): string {
	const n = history.card.length;
	return JSON.stringify({
		format: 'kehu-chinese-backup',
		version: 2,
		exportedAt,
		cards: history.states.map((state, c) => {
			const id = history.cardIds[c] ?? '';
			return {
				...state,
				id,
				itemId: id.split(':')[0],
				template: 'recognition',
				suspended: 0,
				buriedUntil: 0
			};
		}),
		reviews: {
			sources: ['review', 'drill', 'quiz', 'simulator'],
			cardIds: history.cardIds,
			card: history.card,
			id: history.card.map((_, i) => i + 1),
			grade: history.grade,
			reviewedAt: history.reviewedAt,
			source: new Array<number>(n).fill(0),
			durationMs: new Array<number>(n).fill(4000),
			stateBefore: new Array<number>(n).fill(2),
			scheduledDays: new Array<number>(n).fill(0)
		},
		meta: [
			{
				key: 'scheduler-settings',
				value: { ...DEFAULT_SCHEDULER_SETTINGS, learningSteps: [], relearningSteps: [], enableFuzz: false }
			}
		],
		mistakes: []
	});
}

/** A hand-written log in the optimizer's columns: [card, grade, epoch ms, source (0 review, 1 drill)]. */
export function aReviewLog(rows: [string, number, number, number?][]) {
	const cardIds: string[] = [];
	const card = rows.map(([id]) => (cardIds.includes(id) ? cardIds.indexOf(id) : cardIds.push(id) - 1));
	return {
		cardIds,
		card: Uint32Array.from(card),
		grade: Uint8Array.from(rows.map((r) => r[1])),
		reviewedAt: Float64Array.from(rows.map((r) => r[2])),
		source: Uint8Array.from(rows.map((r) => r[3] ?? 0))
	};
}
