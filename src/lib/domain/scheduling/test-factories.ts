// Test data builders for the scheduling tests (kept here because tests/factories/ is owned elsewhere).
import type { QueueCard } from './daily-queue';
import { applyGrade } from './scheduler';
import { newMemoryState } from './new-card';
import { DEFAULT_SCHEDULER_SETTINGS, type Grade, type MemoryState, type SchedulerSettings } from './types';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
/** Beijing is UTC+8, so local clock times below are built as UTC minus 8 hours. */
export const BEIJING = 480;

/** Epoch ms for a Beijing wall-clock time. */
export function beijing(year: number, month: number, day: number, hour = 0, minute = 0): number {
	return Date.UTC(year, month - 1, day, hour, minute) - BEIJING * MINUTE;
}

/** Monday 6 January 2025, 10:00 in Beijing. */
export const T0 = beijing(2025, 1, 6, 10);

/** A small deterministic generator of numbers in [0, 1), so a failure can be reproduced from its seed. */
export function seededRandom(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (s + 0x6d2b79f5) >>> 0;
		let t = Math.imul(s ^ (s >>> 15), 1 | s);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Settings with fuzz switched off unless a test asks for it, so intervals are exact. */
export function settings(overrides: Partial<SchedulerSettings> = {}): SchedulerSettings {
	return { ...DEFAULT_SCHEDULER_SETTINGS, enableFuzz: false, ...overrides };
}

/** Memory after answering `grades` in turn, each exactly when the card fell due. */
export function studied(grades: readonly Grade[], start = T0, options = settings()): MemoryState {
	let memory = newMemoryState(start);
	let at = start;
	for (const grade of grades) {
		memory = applyGrade(memory, grade, at, options);
		at = memory.due;
	}
	return memory;
}

/** A graduated review card with the given stability (days), last seen `daysAgo` before `now`. */
export function reviewMemory(now: number, daysAgo: number, stability: number): MemoryState {
	return {
		...newMemoryState(now - daysAgo * DAY),
		state: 2,
		stability,
		difficulty: 5,
		reps: 3,
		scheduled_days: Math.round(stability),
		last_review: now - daysAgo * DAY,
		due: now - daysAgo * DAY + Math.round(stability) * DAY
	};
}

export function queueCard(id: string, memory: MemoryState, extra: Partial<QueueCard> = {}): QueueCard {
	return { id, memory, suspended: false, ...extra };
}

/** `count` never-studied cards named new-0, new-1, … */
export function newCards(count: number, now = T0): QueueCard[] {
	return Array.from({ length: count }, (_, i) => queueCard(`new-${i}`, newMemoryState(now)));
}
