/** Typed read-only access to the simulator's compiled labels, segment actions and missions. */
import type { SegmentConvention } from '$lib/domain/crm/missions/count-checks';
import { fillPlaceholders, type Diagnosis } from '$lib/domain/crm/missions/types';
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

/**
 * A mission's statement in Chinese and English with its check's subject filled in. A `convention`
 * fact is a code (how the learner cut RFM scores) that the content words in each language.
 */
export function missionStatement(
	mission: Mission,
	subject: Record<string, string>
): { zh: string; en: string } {
	const worded = CONTENT.conventions[subject['convention'] as SegmentConvention] as
		{ zh: string; en: string } | undefined;
	const fill = (lang: 'zh' | 'en') =>
		fillPlaceholders(
			mission[lang],
			worded ? { ...subject, convention: fillPlaceholders(worded[lang], subject) } : subject
		);
	return { zh: fill('zh'), en: fill('en') };
}

/** Why a mission answer is wrong, in Chinese and English, with the check's facts filled in. */
export function diagnosisText(check: string, diagnosis: Diagnosis): { zh: string; en: string } {
	const text = CONTENT.diagnoses[check]?.[diagnosis.code];
	if (!text) return { zh: diagnosis.code, en: diagnosis.code };
	const facts: Record<string, string> = {};
	for (const [name, value] of Object.entries(diagnosis.facts ?? {})) facts[name] = String(value ?? '—');
	return { zh: fillPlaceholders(text.zh, facts), en: fillPlaceholders(text.en, facts) };
}

/** The explanation under a screen's title, in the interface language. */
export function screenText(key: ScreenText, locale: 'en' | 'zh'): string {
	return CONTENT.texts[key][locale];
}
