/** The schema of content/simulator.yaml: simulator labels, suggested actions per segment, and missions. */
import * as v from 'valibot';
import { LEVELS, type Level } from './schema';
import type { SegmentConvention } from '$lib/domain/crm/missions/count-checks';
import type { Glossary } from './types';

const text = v.pipe(v.string(), v.trim(), v.minLength(1, 'expected text'));
const bilingual = v.strictObject({ zh: text, en: text });
const entryId = v.pipe(
	v.string(),
	v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected an entry id such as "kehu"')
);

export const SimulatorTermSchema = v.strictObject({ zh: text, en: text, entry: v.optional(entryId) });

export const MissionSchema = v.strictObject({
	id: v.pipe(
		v.string(),
		v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a mission id such as "count-customers"')
	),
	level: v.picklist(LEVELS),
	check: text,
	params: v.optional(v.record(v.string(), v.union([v.string(), v.number()])), {}),
	terms: v.pipe(v.array(entryId), v.minLength(1, 'expected at least one term the mission practises')),
	zh: text,
	en: text
});

/** The explanation under each simulator screen's title; the compiler requires every one, and no others. */
export const SCREEN_TEXTS = [
	'intro',
	'rfm.intro',
	'rfm.cutsHint',
	'rfm.conventions',
	'value.intro',
	'value.teaNote',
	'pyramid.intro',
	'retention.intro',
	'funnel.intro',
	'auto.intro',
	'auto.model',
	'missions.intro',
	'export.intro'
] as const;
export type ScreenText = (typeof SCREEN_TEXTS)[number];

export const SimulatorContentSchema = v.strictObject({
	terms: v.array(SimulatorTermSchema),
	actions: v.record(v.string(), bilingual),
	texts: v.record(v.string(), bilingual),
	conventions: v.strictObject({ mean: bilingual, thresholds: bilingual, quintiles: bilingual }),
	diagnoses: v.record(v.string(), v.record(v.string(), bilingual)),
	missions: v.pipe(v.array(MissionSchema), v.minLength(20, 'expected at least 20 missions'))
});

export type SimulatorSource = v.InferOutput<typeof SimulatorContentSchema>;

/** A label with its pinyin (one syllable per character, '' for others) and, for CRM terms, its entry. */
export interface SimulatorTerm {
	zh: string;
	pinyin: string[];
	/** word-joined pinyin for display */
	reading: string;
	en: string;
	entryId?: string;
}

export interface Mission {
	id: string;
	level: Level;
	/** a name in MISSION_CHECKS */
	check: string;
	params: Record<string, string | number>;
	/** entry ids the mission practises; finishing it adds them to the learner's study */
	terms: string[];
	zh: string;
	en: string;
}

/** What the compiler writes to generated/simulator.json. */
export interface SimulatorContent {
	terms: Record<string, SimulatorTerm>;
	actions: Record<string, { zh: string; en: string }>;
	texts: Record<ScreenText, { zh: string; en: string }>;
	/** how RFM scores are cut (a SegmentConvention) → its wording, with {highFrom} */
	conventions: Record<SegmentConvention, { zh: string; en: string }>;
	/** check name → diagnosis code → its wording, with the check's facts as {placeholders} */
	diagnoses: Record<string, Record<string, { zh: string; en: string }>>;
	missions: Mission[];
	/** the entries missions practise, for their word chips */
	words: Glossary;
}
