/** Everything the card info view shows about one card, read and prepared in one go. */
import { loadStudyContent } from '$lib/content/study';
import { cardWithAnswers } from '$lib/data/card-browser-repository';
import { customDecksForStudy } from '$lib/data/custom-deck-repository';
import type { AnswerSource } from '$lib/domain/scheduling/types';
import { loadSchedulerSettings } from '$lib/data/settings-repository';
import { itemHome, parseCardId, type ItemHome } from '$lib/domain/cards/card-id';
import type { Template } from '$lib/domain/cards/templates';
import {
	cardHistory,
	forgettingCurve,
	type ForgettingCurve,
	type HistoryStep
} from '$lib/domain/scheduling/card-history';
import { retrievability } from '$lib/domain/scheduling/scheduler';
import type { MemoryState } from '$lib/domain/scheduling/types';

export interface CardInfo {
	id: string;
	template: Template;
	hanzi: string;
	gloss: string;
	/** the page that explains the card's item, or null when there is none */
	home: ItemHome | null;
	/** null when the card was never studied */
	memory: MemoryState | null;
	suspended: boolean;
	/** epoch ms of a reset to new, if any */
	forgottenAt?: number;
	/** 0–1 now */
	recallNow: number;
	history: (HistoryStep & { source: AnswerSource })[];
	curve: ForgettingCurve | null;
	/** the learner's desired retention, 0–1 */
	target: number;
}

/** The card `id` at `now` (epoch ms), or null when the id is not a card. */
export async function loadCardInfo(id: string, now: number): Promise<CardInfo | null> {
	let ref;
	try {
		ref = parseCardId(id);
	} catch {
		return null;
	}
	const [{ row, answers }, content, settings] = await Promise.all([
		cardWithAnswers(id),
		loadStudyContent(),
		loadSchedulerSettings()
	]);
	const item =
		content.items.get(ref.itemId) ??
		(await customDecksForStudy()).flatMap((d) => d.items).find((i) => i.id === ref.itemId);
	if (!item && !row && answers.length === 0) return null;
	const steps = cardHistory(answers, settings, row?.forgottenAt);
	const sources = [...answers].sort((a, b) => a.reviewedAt - b.reviewedAt).map((a) => a.source);
	const memory = row && !(row.state === 0 && row.reps === 0) ? row : null;
	return {
		id,
		template: ref.template,
		hanzi: item?.hanzi ?? ref.itemId,
		gloss: item?.gloss ?? '',
		home: homeOf(ref.itemId, item?.entryId ?? ''),
		memory,
		suspended: row?.suspended === 1,
		...(row?.forgottenAt !== undefined && { forgottenAt: row.forgottenAt }),
		recallNow: memory ? retrievability(memory, now) : 0,
		history: steps.map((s, i) => ({ ...s, source: sources[i] ?? 'review' })),
		curve: memory ? forgettingCurve(memory, now) : null,
		target: settings.desiredRetention
	};
}

/** A word item links to its entry only when the entry exists; every other kind has its own page. */
function homeOf(itemId: string, entryId: string): ItemHome | null {
	const home = itemHome(itemId);
	if (home.page !== 'word') return home;
	return entryId ? { page: 'word', entryId } : null;
}
