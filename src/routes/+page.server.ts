import { allSummaries, countsByLevel, HEADWORD_IDS, summaryById } from '$lib/content/catalog';

export function load() {
	return {
		headwords: HEADWORD_IDS.map((id) => summaryById(id)).filter((s) => s !== undefined),
		levelCounts: countsByLevel(),
		total: allSummaries().length,
		crmCount: allSummaries().filter((s) => s.tags.includes('crm-term')).length
	};
}
