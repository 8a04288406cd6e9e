/** The input component of each answer mode: the screen shows the one its question's mode names. */
import type { Component } from 'svelte';
import type { Draft } from '$lib/domain/practice/drafts';
import type { AnswerMode, Question } from '$lib/domain/practice/questions';
import type { PracticeRun } from '$lib/state/runes/practice-run.svelte';
import ChoiceInput from './ChoiceInput.svelte';
import MatchInput from './MatchInput.svelte';
import TapInput from './TapInput.svelte';
import TileOrder from './TileOrder.svelte';
import TypedInput from './TypedInput.svelte';

/** What every input gets: its question and draft (of its own mode), the run to change, and a way to check. */
export interface InputProps<M extends AnswerMode = AnswerMode> {
	question: Extract<Question, { mode: M }>;
	draft: Extract<Draft, { mode: M }>;
	run: PracticeRun;
	oncheck: () => void;
}

export interface ModeInput<M extends AnswerMode = AnswerMode> {
	component: Component<InputProps<M>>;
	/** the input is a form with its own Check button, so the screen shows none */
	submits: boolean;
}

const INPUTS: { [M in AnswerMode]: ModeInput<M> } = {
	choose: { component: ChoiceInput, submits: false },
	type: { component: TypedInput, submits: true },
	order: { component: TileOrder, submits: false },
	match: { component: MatchInput, submits: false },
	tap: { component: TapInput, submits: false }
};

/** The input for a question; the run keeps its draft in the question's mode, so the props line up. */
export function inputFor(q: Question): ModeInput {
	return INPUTS[q.mode] as unknown as ModeInput;
}
