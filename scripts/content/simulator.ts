/**
 * Compiles content/simulator.yaml: labels get pinyin, and every mission is checked against the
 * domain's mission checks (known check, the params it needs, allowed values) and the entries.
 */
import {
	CHANNELS,
	CITIES,
	FUNNEL_STAGES,
	STAGES,
	TICKET_CHANNELS,
	TICKET_TYPES,
	TIERS
} from '../../src/lib/domain/crm/catalog';
import { isCheckName, MISSION_CHECKS } from '../../src/lib/domain/crm/missions/registry';
import { SEGMENTS } from '../../src/lib/domain/crm/segments';
import {
	SCREEN_TEXTS,
	SimulatorContentSchema,
	type SimulatorContent,
	type SimulatorTerm
} from '../../src/lib/content/simulator-schema';
import { parseYaml, validate, type SourceFile } from './compile';
import type { Glossary } from '../../src/lib/content/types';
import type { PinyinReader } from './pinyin-reader';
import { ContentError, type Problem } from './problems';
import { joinWords, type IsWord } from './word-pinyin';

/** Every label the simulator's data uses; each must have a term with its English. */
export const REQUIRED_LABELS: readonly string[] = [
	...CITIES,
	...CHANNELS,
	...TIERS,
	...STAGES,
	...TICKET_TYPES,
	...TICKET_CHANNELS,
	...FUNNEL_STAGES,
	...SEGMENTS
];

/** Compiles the simulator file against the compiled glossary (entry id → hanzi, pinyin, gloss). */
export function compileSimulator(
	file: SourceFile,
	glossary: Glossary,
	read: PinyinReader,
	isWord: IsWord = () => false
): SimulatorContent {
	const entryIds = new Set(Object.keys(glossary));
	const problems: Problem[] = [];
	const data = parseYaml(file, problems);
	const source = data === undefined ? undefined : validate(SimulatorContentSchema, data, file.path, problems);
	if (!source) throw new ContentError(problems);
	const at = (path: string, message: string) => problems.push({ file: file.path, path, message });

	const terms: Record<string, SimulatorTerm> = {};
	source.terms.forEach((t, i) => {
		if (terms[t.zh]) at(`terms[${i}].zh`, `"${t.zh}" is listed twice`);
		if (t.entry && !entryIds.has(t.entry)) at(`terms[${i}].entry`, `unknown entry id "${t.entry}"`);
		const pinyin = read(t.zh);
		const reading = joinWords(t.zh, pinyin, isWord);
		terms[t.zh] = { zh: t.zh, pinyin, reading, en: t.en, ...(t.entry && { entryId: t.entry }) };
	});
	for (const label of REQUIRED_LABELS) if (!terms[label]) at('terms', `missing a term for "${label}"`);
	for (const segment of SEGMENTS)
		if (!source.actions[segment]) at('actions', `missing the action for "${segment}"`);
	for (const key of Object.keys(source.actions))
		if (!(SEGMENTS as readonly string[]).includes(key))
			at(`actions.${key}`, 'not one of the eight RFM segments');

	for (const key of SCREEN_TEXTS) if (!source.texts[key]) at('texts', `missing the text "${key}"`);
	for (const key of Object.keys(source.texts))
		if (!(SCREEN_TEXTS as readonly string[]).includes(key)) at(`texts.${key}`, 'no screen shows this text');

	checkDiagnoses(source.diagnoses, at);
	for (const [code, text] of Object.entries(source.conventions))
		for (const lang of ['zh', 'en'] as const)
			for (const [, fact] of text[lang].matchAll(/\{(\w+)\}/g))
				if (fact !== 'highFrom')
					at(`conventions.${code}.${lang}`, `only {highFrom} is filled in, not {${fact}}`);

	const ids = new Set<string>();
	source.missions.forEach((m, i) => {
		const path = `missions[${i}]`;
		if (ids.has(m.id)) at(`${path}.id`, `duplicate mission id "${m.id}"`);
		ids.add(m.id);
		m.terms.forEach((t, k) => entryIds.has(t) || at(`${path}.terms[${k}]`, `unknown entry id "${t}"`));
		if (!isCheckName(m.check)) {
			at(
				`${path}.check`,
				`unknown check "${m.check}"; expected one of ${Object.keys(MISSION_CHECKS).join(', ')}`
			);
			return;
		}
		const check = MISSION_CHECKS[m.check];
		for (const [name, type] of Object.entries(check.params)) {
			const value = m.params[name];
			if (typeof value !== type)
				at(`${path}.params.${name}`, `expected a ${type}, got ${JSON.stringify(value)}`);
			const allowed = check.allowed?.[name];
			if (allowed && typeof value === 'string' && !allowed.includes(value))
				at(`${path}.params.${name}`, `expected one of ${allowed.join(', ')}, got "${value}"`);
		}
		for (const name of Object.keys(m.params))
			if (!(name in check.params)) at(`${path}.params.${name}`, `the check "${m.check}" takes no "${name}"`);
		const placeholders = [...m.zh.matchAll(/\{(\w+)\}/g)].map((x) => x[1]);
		if (placeholders.length > 0 && !check.subject) at(`${path}.zh`, 'this check fills no {placeholders}');
	});
	if (problems.length > 0) throw new ContentError(problems);
	const words: Glossary = {};
	for (const id of source.missions.flatMap((m) => m.terms)) if (glossary[id]) words[id] = glossary[id];
	const texts = source.texts as SimulatorContent['texts'];
	return {
		terms,
		actions: source.actions,
		texts,
		missions: source.missions,
		conventions: source.conventions,
		diagnoses: source.diagnoses,
		words
	};
}

/** Every code each check can give is worded in both languages, with only the facts the check fills in. */
function checkDiagnoses(
	diagnoses: SimulatorContent['diagnoses'],
	at: (path: string, message: string) => void
): void {
	for (const [name, check] of Object.entries(MISSION_CHECKS)) {
		const worded = diagnoses[name] ?? {};
		for (const [code, facts] of Object.entries(check.diagnoses)) {
			const text = worded[code];
			if (!text) {
				at(`diagnoses.${name}`, `missing the diagnosis "${code}"`);
				continue;
			}
			for (const lang of ['zh', 'en'] as const)
				for (const [, fact] of text[lang].matchAll(/\{(\w+)\}/g))
					if (!facts.includes(fact ?? ''))
						at(
							`diagnoses.${name}.${code}.${lang}`,
							`the check gives no fact "${fact}"; it gives ${facts.join(', ') || 'none'}`
						);
		}
		for (const code of Object.keys(worded))
			if (!(code in check.diagnoses))
				at(`diagnoses.${name}.${code}`, `the check "${name}" never gives this code`);
	}
	for (const name of Object.keys(diagnoses))
		if (!isCheckName(name)) at(`diagnoses.${name}`, `unknown check "${name}"`);
}
