import { error } from '@sveltejs/kit';
import { allEntries, entryById, glossaryFor } from '$lib/content/catalog';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => allEntries().map((e) => ({ id: e.id }));

export const load: PageServerLoad = ({ params }) => {
	const entry = entryById(params.id);
	if (!entry) error(404, `No entry "${params.id}"`);
	return { entry, glossary: glossaryFor(entry) };
};
