/** Missions: tasks on the generated data, checked by recomputing the answer from the data itself. */
import type { AnalysisReport, CustomerMetrics } from '../analysis';
import type { AutomationRule } from '../automation';
import type { CustomerColumns } from '../dataset';

/** What a check reads: the same columns and report the screens show. */
export interface MissionData {
	today: number;
	customers: CustomerColumns;
	metrics: CustomerMetrics;
	report: AnalysisReport;
}

export type MissionAnswer =
	| { kind: 'number'; value: number }
	| { kind: 'choice'; value: string }
	| { kind: 'rule'; rule: AutomationRule }
	/** the learner gave up and asked for the answer: always wrong, and reveals `expected` */
	| { kind: 'none' };

export type AnswerKind = Exclude<MissionAnswer['kind'], 'none'>;

/**
 * Why a wrong answer is wrong, as a code and its facts; the simulator's content words each code in
 * Chinese and English (content/simulator.yaml, `diagnoses`), with the facts as {placeholders}.
 */
export interface Diagnosis {
	code: string;
	facts?: { readonly [name: string]: string | number | undefined };
}

export interface MissionVerdict {
	correct: boolean;
	/** the right answer, as text; shown only once the mission is solved or given up */
	expected: string;
	/** the learner's answer, as text */
	given: string;
	/** why a wrong answer is wrong; null when correct */
	diagnosis: Diagnosis | null;
}

export type MissionParams = Readonly<Record<string, string | number>>;

export interface MissionCheck {
	answer: AnswerKind;
	/** the params a mission using this check must give, and their type */
	params: Readonly<Record<string, 'string' | 'number'>>;
	/** allowed string values per param, for the content compiler to validate */
	allowed?: Readonly<Record<string, readonly string[]>>;
	/** values for the {placeholders} in the statement, e.g. which customer */
	subject?: (data: MissionData, params: MissionParams) => Record<string, string>;
	/** the choices offered for a choice answer */
	options?: (data: MissionData, params: MissionParams) => string[];
	/** every diagnosis code the check can give, with the facts it fills in */
	diagnoses: Readonly<Record<string, readonly string[]>>;
	check: (data: MissionData, params: MissionParams, answer: MissionAnswer) => MissionVerdict;
}

/** Why a mission cannot be checked: a code and the fact behind it, never a sentence. */
export type MissionProblem =
	'needs-number' | 'needs-choice' | 'needs-rule' | 'missing-param' | 'unknown-check';

/** A mission that cannot be checked as built (an answer of the wrong kind, a parameter or check missing). */
export class MissionError extends Error {
	override readonly name = 'MissionError';
	constructor(
		readonly problem: MissionProblem,
		readonly detail = ''
	) {
		super(detail ? `${problem}: ${detail}` : problem);
	}
}

/** Fills {name} placeholders. */
export function fillPlaceholders(text: string, values: Record<string, string>): string {
	return text.replace(/\{(\w+)\}/g, (all, name: string) => values[name] ?? all);
}
