/** How the class dashboard and its gradebook name items, parts and missions, from this device's content. */
import { deckTitle } from './deck-title';
import { partTitle } from '$lib/content/assignment-parts';
import { allMissions, type Mission } from '$lib/content/simulator';
import type { StudyContent } from '$lib/content/study';
import type { PartKind } from '$lib/domain/sharing/documents';
import { missionItemId } from '$lib/domain/cards/card-id';
import type { Preferences } from '../runes/preferences.svelte';

export interface MissionQuestion {
	zh: string;
	en: string;
}

export interface ClassLabels {
	/** an item's hanzi, a mission item's question, or the id as sent */
	item: (itemId: string) => string;
	/** "Deck · 客户关系", "Mission · B1 · …", or the kind and the id as sent; without the kind when `withKind` is false */
	part: (kind: PartKind, id: string, withKind?: boolean) => string;
	/** a mission's question, placeholders shown as …; null when this version does not have it */
	mission: (missionId: string) => MissionQuestion | null;
}

const question = (m: Mission): MissionQuestion => ({
	zh: m.zh.replace(/\{\w+\}/g, '…'),
	en: m.en.replace(/\{\w+\}/g, '…')
});

export function classLabels(content: StudyContent, prefs: Pick<Preferences, 't' | 'locale'>): ClassLabels {
	const missions = new Map(allMissions().map((m) => [m.id, question(m)]));
	const byItem = new Map(allMissions().map((m) => [missionItemId(m.id), question(m)]));
	return {
		item: (id) => content.items.get(id)?.hanzi ?? byItem.get(id)?.zh ?? id,
		part: (kind, id) =>
			`${prefs.t(`class.part.${kind}`)} · ${partTitle(kind, id, content, (d) => deckTitle(d, prefs.t)) ?? id}`,
		mission: (id) => missions.get(id) ?? null
	};
}
