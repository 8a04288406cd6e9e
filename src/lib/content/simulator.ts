/** Typed read-only access to the simulator's compiled labels, segment actions and missions. */
import simulatorJson from './generated/simulator.json';
import type { Mission, ScreenText, SimulatorContent, SimulatorTerm } from './simulator-schema';

const CONTENT = simulatorJson as unknown as SimulatorContent;

export type { Mission, SimulatorTerm } from './simulator-schema';

export function simulatorTerm(zh: string): SimulatorTerm | undefined {
	return CONTENT.terms[zh];
}

export function segmentAction(segment: string): { zh: string; en: string } | undefined {
	return CONTENT.actions[segment];
}

export function allMissions(): readonly Mission[] {
	return CONTENT.missions;
}

/** A word a mission practises, as a term: its hanzi, pinyin, gloss and entry. */
export function missionWord(entryId: string): SimulatorTerm | undefined {
	const word = CONTENT.words[entryId];
	return word && { zh: word.hanzi, pinyin: word.pinyin, reading: word.reading, en: word.gloss, entryId };
}

/** The explanation under a screen's title, in the interface language. */
export function screenText(key: ScreenText, locale: 'en' | 'zh'): string {
	return CONTENT.texts[key][locale];
}
