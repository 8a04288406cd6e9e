import { glossarySlice } from '$lib/content/catalog';
import { allTemplates } from '$lib/content/templates';

export function load() {
	const templates = allTemplates();
	const ids = templates.flatMap((t) => t.segments.flatMap((s) => (s.entryId ? [s.entryId] : [])));
	return { templates, glossary: glossarySlice(ids) };
}
