/** Small helpers the checks share: reading answers and building verdicts. */
import type { Diagnosis, MissionAnswer, MissionParams, MissionVerdict } from './types';
import { MissionError } from './types';

/** The number given; NaN when the learner gave up, which matches nothing. */
export function numberAnswer(answer: MissionAnswer): number {
	if (answer.kind === 'none') return NaN;
	if (answer.kind !== 'number' || !Number.isFinite(answer.value))
		throw new MissionError('needs-number', answer.kind);
	return answer.value;
}

export function choiceAnswer(answer: MissionAnswer): string {
	if (answer.kind === 'none') return '';
	if (answer.kind !== 'choice') throw new MissionError('needs-choice', answer.kind);
	return answer.value;
}

export function param<T extends string | number>(
	params: MissionParams,
	name: string,
	type: 'string' | 'number'
): T {
	const value = params[name];
	if (typeof value !== type) throw new MissionError('missing-param', `${type} ${name}`);
	return value as T;
}

export const right = (expected: string, given: string): MissionVerdict => ({
	correct: true,
	expected,
	given,
	diagnosis: null
});

export const wrong = (expected: string, given: string, diagnosis: Diagnosis | null): MissionVerdict => ({
	correct: false,
	expected,
	given,
	diagnosis
});

/** Whether x is within `tolerance` (relative, 0–1) of target, or within `absolute`. */
export function near(x: number, target: number, tolerance: number, absolute = 0): boolean {
	return Math.abs(x - target) <= Math.max(absolute, Math.abs(target) * tolerance);
}

/** "12.3%" from a 0–1 share. */
export const percent = (share: number, digits = 1) => `${(share * 100).toFixed(digits)}%`;
