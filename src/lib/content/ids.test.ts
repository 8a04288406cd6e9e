import { describe, expect, it } from 'vitest';
import {
	cardIdsFor,
	drillCardId,
	entryOfItem,
	itemOfCard,
	missionCardId,
	missionItemId,
	parseCardId,
	quizCardId
} from '$lib/domain/cards/card-id';
import { loadPracticeContent } from './practice';
import { allMissions } from './simulator';
import { loadStudyContent } from './study';

/** Every card id the shipped content produces, with the item and entry it must read back as. */
async function everyContentCard(): Promise<{ id: string; itemId: string; entryId: string }[]> {
	const [study, practice] = await Promise.all([loadStudyContent(), loadPracticeContent()]);
	const { drills, situations, quizzes } = practice.content;
	return [
		...[...study.items.values()].flatMap((i) =>
			cardIdsFor(i).map((id) => ({ id, itemId: i.id, entryId: i.entryId }))
		),
		...drills.map((d) => ({ id: drillCardId(d.id), itemId: d.id, entryId: d.entryId })),
		...situations.map((s) => ({ id: drillCardId(s.id), itemId: s.id, entryId: s.entryId })),
		...quizzes.map((q) => ({ id: quizCardId(q.id), itemId: q.id, entryId: q.entryId })),
		...allMissions().map((m) => ({
			id: missionCardId(m.id),
			itemId: missionItemId(m.id),
			entryId: 'mission'
		}))
	];
}

describe('ids of the shipped content', () => {
	it('build and parse round-trip for every card, drill, quiz and mission', async () => {
		const cards = await everyContentCard();
		expect(cards.length).toBeGreaterThan(500);
		for (const card of cards) {
			expect(parseCardId(card.id).itemId).toBe(card.itemId);
			expect(itemOfCard(card.id)).toBe(card.itemId);
			expect(entryOfItem(card.itemId)).toBe(card.entryId);
		}
	});

	it('never give two things the same card id', async () => {
		const ids = (await everyContentCard()).map((c) => c.id);
		expect(new Set(ids).size).toBe(ids.length);
	});
});
