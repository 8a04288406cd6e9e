import { describe, expect, it } from 'vitest';
import { aFreshDatabase } from '../../../../tests/factories/database';
import { matchPairs } from '$lib/domain/practice/types/match';
import { selectFrame } from '$lib/domain/practice/drafts';
import { seededRandom } from '$lib/domain/practice/random';
import { DEFAULT_SCHEDULER_SETTINGS } from '$lib/domain/scheduling/types';
import { recordAnswers } from '$lib/data/review-repository';
import { aDrill } from '../../../../tests/factories/practice';
import { PracticeRun } from './practice-run.svelte';

const partners = [
	aDrill({ id: 'a.colloc.a', slot: '保持', after: '联系', zh: '保持联系', valid: ['保持'] }),
	aDrill({ id: 'b.colloc.b', slot: '解决', after: '问题', zh: '解决问题', valid: ['解决'] })
];

function aWronglyMatchedRun() {
	const match = matchPairs(aDrill({ sentence: undefined }), partners, seededRandom(5));
	if (!match) throw new Error('expected a match');
	const run = new PracticeRun({
		questions: [match],
		store: { recordAnswers },
		settings: DEFAULT_SCHEDULER_SETTINGS,
		clock: () => Date.UTC(2026, 10, 2, 9),
		source: 'drill'
	});
	match.pairs.forEach((_, f) => {
		if (run.draft.mode === 'match') run.edit(selectFrame(run.draft, f));
		run.pick(match.answer[(f + 1) % match.pairs.length] ?? 0);
	});
	return { run, cards: match.pairs.length };
}

describe('a match question in the database', () => {
	it('records every pair it covers', async () => {
		const db = aFreshDatabase();
		const { run, cards } = aWronglyMatchedRun();
		expect(await run.check()).toBe(true);
		expect(await db.reviews.count()).toBe(cards);
		expect(await db.mistakes.count()).toBe(cards);
	});

	it('records none of them when the last write fails, and the question stays open', async () => {
		const db = aFreshDatabase();
		let mistakes = 0;
		const { run, cards } = aWronglyMatchedRun();
		db.mistakes.hook('creating', () => {
			if (++mistakes === cards) throw new Error('disk full');
		});
		await expect(run.check()).rejects.toThrow('disk full');
		expect(await db.reviews.count()).toBe(0);
		expect(await db.cards.count()).toBe(0);
		expect(run.phase).toBe('question');
	});
});
