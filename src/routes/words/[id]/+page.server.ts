import { error } from '@sveltejs/kit';
import { allEntries, entryById, glossaryFor } from '$lib/content/catalog';
import studyItems from '$lib/content/generated/study-items.json';
import type { StudyItem } from '$lib/content/types';
import { dialoguesUsing } from '$lib/content/dialogues';
import { cardIdsFor } from '$lib/domain/cards/card-id';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => allEntries().map((e) => ({ id: e.id }));

export const load: PageServerLoad = ({ params }) => {
	const entry = entryById(params.id);
	if (!entry) error(404, `No entry "${params.id}"`);
	const item = (studyItems as unknown as StudyItem[]).find((i) => i.id === entry.id);
	return {
		entry,
		glossary: glossaryFor(entry),
		cardIds: item ? cardIdsFor(item) : [],
		dialogues: dialoguesUsing(entry.id)
	};
};
