/** The real content compiled once, for tests that check what it teaches. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dialogue } from '../../src/lib/content/dialogue-schema';
import type { Entry } from '../../src/lib/content/types';
import { compileContent, readOverrides } from './compile';
import { compileDialogues } from './dialogues';
import { compileTemplates } from './templates';
import type { MessageTemplate } from '../../src/lib/content/template-schema';
import { createPinyinReader } from './pinyin-reader';

const DIR = 'content/entries';
const DIALOGUES = 'content/dialogues';
const OVERRIDES = { path: 'content/pinyin.yaml', text: readFileSync('content/pinyin.yaml', 'utf8') };
let cached: Entry[] | null = null;
let cachedDialogues: Dialogue[] | null = null;

const filesIn = (dir: string) =>
	readdirSync(dir).map((f) => ({ path: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));

export function realEntries(): Entry[] {
	cached ??= compileContent(filesIn(DIR), OVERRIDES, createPinyinReader);
	return cached;
}

export function realDialogues(): Dialogue[] {
	cachedDialogues ??= compileDialogues(
		filesIn(DIALOGUES),
		realEntries(),
		createPinyinReader(readOverrides(OVERRIDES, []))
	);
	return cachedDialogues;
}

let cachedTemplates: MessageTemplate[] | null = null;

export function realTemplates(): MessageTemplate[] {
	cachedTemplates ??= compileTemplates(
		{ path: 'content/templates.yaml', text: readFileSync('content/templates.yaml', 'utf8') },
		realEntries(),
		createPinyinReader(readOverrides(OVERRIDES, []))
	);
	return cachedTemplates;
}
