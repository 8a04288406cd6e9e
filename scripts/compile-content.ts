/** Compiles content/*.yaml into src/lib/content/generated/*.json; fails with every problem it finds. */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileContent, readOverrides, type SourceFile } from './content/compile';
import { createPinyinReader } from './content/pinyin-reader';
import { ContentError } from './content/problems';
import { cedictLookup, checkAgainstCedict } from './content/cedict';
import type { Reading } from './content/reading-check';
import { buildOutputs } from './content/outputs';
import { checkDialogueLevels } from './content/dialogue-levels';
import {
	checkHskFields,
	checkLevels,
	knownWords,
	parseAllowances,
	parseHskWords
} from './content/level-check';
import { compileSimulator } from './content/simulator';
import { compileDialogues } from './content/dialogues';
import { compileTemplates } from './content/templates';
import { compileDesk } from './content/desk';
import { templateDeck, templateItems } from './content/study-outputs';
import type { DeckInfo } from '../src/lib/content/types';
import { cardIndex } from '../src/lib/content/card-index';
import { strokeCharacters, writeStrokeData } from './content/stroke-data';
import type { Glossary, StudyItem } from '../src/lib/content/types';

const CONTENT = 'content';
const OUT = 'src/lib/content/generated';

function read(path: string): SourceFile {
	return { path, text: readFileSync(path, 'utf8') };
}

const entryDir = join(CONTENT, 'entries');
const entryFiles = readdirSync(entryDir)
	.filter((f) => /\.ya?ml$/.test(f))
	.sort()
	.map((f) => read(join(entryDir, f)));
const overridesPath = join(CONTENT, 'pinyin.yaml');

try {
	const readings: Reading[] = [];
	const entries = compileContent(
		entryFiles,
		existsSync(overridesPath) ? read(overridesPath) : null,
		createPinyinReader,
		readings
	);
	mkdirSync(OUT, { recursive: true });
	const outputs = buildOutputs(entries);
	const templates = compileTemplates(
		read(join(CONTENT, 'templates.yaml')),
		entries,
		createPinyinReader(readOverrides(existsSync(overridesPath) ? read(overridesPath) : null, [])),
		readings
	);
	const phraseItems = templateItems(templates);
	outputs['templates.json'] = templates;
	outputs['desk.json'] = compileDesk(read(join(CONTENT, 'desk.yaml')), templates, entries);
	outputs['study-items.json'] = [...(outputs['study-items.json'] as StudyItem[]), ...phraseItems];
	outputs['decks.json'] = [...(outputs['decks.json'] as DeckInfo[]), templateDeck(phraseItems)];
	outputs['card-index.json'] = cardIndex(
		outputs['study-items.json'] as StudyItem[],
		outputs['decks.json'] as DeckInfo[]
	);
	for (const [name, data] of Object.entries(outputs)) {
		writeFileSync(join(OUT, name), JSON.stringify(data));
	}
	const simulator = compileSimulator(
		read(join(CONTENT, 'simulator.yaml')),
		outputs['glossary.json'] as Glossary,
		createPinyinReader(readOverrides(existsSync(overridesPath) ? read(overridesPath) : null, [])),
		(w) => cedictLookup(w) !== undefined
	);
	for (const [i, t] of Object.values(simulator.terms).entries())
		readings.push({ file: 'content/simulator.yaml', path: `terms[${i}]`, text: t.zh, syllables: t.pinyin });
	const dialogueDir = join(CONTENT, 'dialogues');
	const dialogues = compileDialogues(
		readdirSync(dialogueDir)
			.filter((f) => /\.ya?ml$/.test(f))
			.sort()
			.map((f) => read(join(dialogueDir, f))),
		entries,
		createPinyinReader(readOverrides(existsSync(overridesPath) ? read(overridesPath) : null, [])),
		readings
	);
	writeFileSync(join(OUT, 'dialogues.json'), JSON.stringify(dialogues));
	const { checked, problems } = checkAgainstCedict(readings, read(join(CONTENT, 'readings.yaml')));
	const allowances = parseAllowances(read(join(CONTENT, 'level-allowlist.yaml')), problems);
	const hsk = parseHskWords(read(join(CONTENT, 'hsk30-words.tsv')).text);
	const levels = checkLevels(entries, hsk, allowances);
	problems.push(...levels.problems, ...checkHskFields(entries, hsk));
	problems.push(...checkDialogueLevels(dialogues, entries, knownWords(hsk, entries, allowances)));
	if (problems.length > 0) throw new ContentError(problems);
	writeFileSync(join(OUT, 'simulator.json'), JSON.stringify(simulator));
	const items = outputs['study-items.json'] as StudyItem[];
	const chars = strokeCharacters(items);
	const missing = writeStrokeData(chars, 'static/hanzi');
	if (missing.length > 0) console.warn(`content: no stroke data for ${missing.join('')}`);
	const examples = entries.reduce((n, e) => n + e.examples.length, 0);
	console.log(
		`content: ${entries.length} entries, ${examples} examples, ${items.length} study items, ${simulator.missions.length} missions, ${dialogues.length} dialogues (each level agrees with its words), ${templates.length} templates, ${checked} syllables agree with CC-CEDICT, ${levels.checked} sentences within their level, stroke data for ${chars.length - missing.length} characters → ${OUT}`
	);
} catch (error) {
	if (error instanceof ContentError) {
		console.error(`content: ${error.problems.length} problem(s)\n${error.message}`);
		process.exit(1);
	}
	throw error;
}
