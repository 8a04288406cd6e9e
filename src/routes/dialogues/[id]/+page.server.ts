import { error } from '@sveltejs/kit';
import { glossarySlice } from '$lib/content/catalog';
import { dialogueById, dialogueSummaries } from '$lib/content/dialogues';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => dialogueSummaries().map((d) => ({ id: d.id }));

export const load: PageServerLoad = ({ params }) => {
	const dialogue = dialogueById(params.id);
	if (!dialogue) error(404, `No dialogue "${params.id}"`);
	return { dialogue, glossary: glossarySlice(dialogue.entryIds) };
};
