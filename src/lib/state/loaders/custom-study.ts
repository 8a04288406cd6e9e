/** Custom study from a deck: reads the choice from the page address and picks the session's cards. */
import type { StudyItem } from '$lib/content/types';
import { parseCardId } from '$lib/domain/cards/card-id';
import { CUSTOM_KINDS, customStudyCards, type CustomStudy } from '$lib/domain/scheduling/custom-study';
import type { DailyQueue, QueueCard } from '$lib/domain/scheduling/daily-queue';
import type { SchedulerSettings } from '$lib/domain/scheduling/types';
import { studyStore } from './study-store';

const DAY = 86_400_000;
const MAX_COUNT = 9999;

/** The custom session the address asks for (`?custom=new&count=10`, `&level=B1`, `&template=cloze`), or null. */
export function customStudyFrom(params: URLSearchParams): CustomStudy | null {
	const kind = CUSTOM_KINDS.find((k) => k === params.get('custom'));
	if (!kind) return null;
	const count = Math.min(MAX_COUNT, Math.max(0, Math.floor(Number(params.get('count') ?? 0)) || 0));
	const level = params.get('level') ?? undefined;
	const template = params.get('template') ?? undefined;
	return { kind, count, ...(level && { level }), ...(template && { template }) };
}

/** The session's card picker for `study`, reading the answers it needs (Again within the chosen days). */
export async function customSelector(
	study: CustomStudy,
	items: ReadonlyMap<string, StudyItem>,
	settings: SchedulerSettings,
	now: number
): Promise<(cards: readonly QueueCard[], queue: DailyQueue, at: number) => string[]> {
	const forgotten =
		study.kind === 'forgotten'
			? new Set(
					(await studyStore.reviewsSince(now - study.count * DAY))
						.filter((r) => r.grade === 1)
						.map((r) => r.cardId)
				)
			: new Set<string>();
	const ref = (id: string) => {
		try {
			return parseCardId(id);
		} catch {
			return null;
		}
	};
	return (cards, queue, at) =>
		customStudyCards(cards, study, {
			now: at,
			dayRolloverHour: settings.dayRolloverHour,
			normalNew: queue.new.length,
			normalReviews: queue.review.length,
			forgotten,
			levelOf: (id) => items.get(ref(id)?.itemId ?? '')?.level,
			templateOf: (id) => ref(id)?.template,
			itemOf: (id) => ref(id)?.itemId,
			burySiblings: settings.burySiblings
		});
}
