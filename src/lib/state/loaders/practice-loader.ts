/** Builds a drill, quiz or notebook-retry run for a set id from the content and the learner's progress. */
import { loadPracticeContent } from '$lib/content/practice';
import { notebookRecords } from '$lib/data/notebook-repository';
import { cardRows, recordAnswers } from '$lib/data/review-repository';
import { loadSchedulerSettings } from '$lib/data/settings-repository';
import { cardId } from '$lib/domain/cards/card-id';
import type { Question } from '$lib/domain/practice/questions';
import { buildDrillRun, buildQuizRun, contentForEntry, type CardStateView } from '$lib/domain/practice/run';
import type { PracticeContent } from '$lib/domain/practice/sources';
import { notebookItems } from '$lib/domain/notebook/notebook';
import { buildRetryRun } from '$lib/domain/notebook/retry';
import { PracticeRun } from '../runes/practice-run.svelte';

/** The set that asks what is due or weak across all content. */
export const MIXED_SET = 'mixed';
/** The quiz set made from the active notebook. */
export const NOTEBOOK_SET = 'notebook';

export type RunKind = 'drill' | 'quiz';

function exerciseCardIds(kind: RunKind, content: PracticeContent): string[] {
	const situations = content.situations.filter((s) => (s.kind === 'register') === (kind === 'drill'));
	const items = kind === 'drill' ? content.drills : content.quizzes;
	return [...items, ...situations].map((i) => cardId(i.id, kind));
}

/** Loads what a run needs and builds it; `set` is "mixed", "notebook" (quizzes) or an entry id. */
export async function startRun(
	kind: RunKind,
	set: string,
	clock: () => number = Date.now
): Promise<PracticeRun> {
	const [{ content, words }, settings, records] = await Promise.all([
		loadPracticeContent(),
		loadSchedulerSettings(),
		notebookRecords()
	]);
	const now = clock();
	const seed = now % 2_147_483_647;
	const items = notebookItems(records.mistakes, records.answers);
	let questions: Question[];
	if (kind === 'quiz' && set === NOTEBOOK_SET) {
		questions = buildRetryRun(items, content, words, seed);
	} else {
		const scope = set === MIXED_SET ? content : contentForEntry(content, set);
		const ids = exerciseCardIds(kind, scope);
		const rows = await cardRows(ids);
		const states = new Map<string, CardStateView>();
		rows.forEach((row, i) => row && states.set(ids[i] ?? '', row));
		const options = { states, weak: new Set(items.filter((i) => i.active).map((i) => i.itemId)), now, seed };
		questions = kind === 'drill' ? buildDrillRun(scope, options) : buildQuizRun(scope, options);
	}
	return new PracticeRun({ questions, store: { recordAnswers }, settings, clock, source: kind });
}
