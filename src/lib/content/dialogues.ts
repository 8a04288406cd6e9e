/** Typed read-only access to the compiled model dialogues; imported by prerendered server loads only. */
import dialoguesJson from './generated/dialogues.json';
import { LEVELS } from './schema';
import type { Dialogue, DialogueSummary } from './dialogue-schema';

const DIALOGUES = (dialoguesJson as unknown as Dialogue[]).toSorted(
	(a, b) => LEVELS.indexOf(a.level) - LEVELS.indexOf(b.level) || a.id.localeCompare(b.id)
);
const BY_ID = new Map(DIALOGUES.map((d) => [d.id, d]));

const summary = (d: Dialogue): DialogueSummary => ({
	id: d.id,
	level: d.level,
	scenario: d.scenario,
	title: d.title,
	lines: d.lines.length
});

/** Every dialogue, easiest first. */
export function dialogueSummaries(): DialogueSummary[] {
	return DIALOGUES.map(summary);
}

export function dialogueById(id: string): Dialogue | undefined {
	return BY_ID.get(id);
}

/** The dialogues in which an entry's word is spoken, for its word page. */
export function dialoguesUsing(entryId: string): DialogueSummary[] {
	return DIALOGUES.filter((d) => d.entryIds.includes(entryId)).map(summary);
}
