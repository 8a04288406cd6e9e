/** The real content compiled once, for tests that check what it teaches. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entry } from '../../src/lib/content/types';
import { compileContent } from './compile';
import { createPinyinReader } from './pinyin-reader';

const DIR = 'content/entries';
let cached: Entry[] | null = null;

export function realEntries(): Entry[] {
	cached ??= compileContent(
		readdirSync(DIR).map((f) => ({ path: join(DIR, f), text: readFileSync(join(DIR, f), 'utf8') })),
		{ path: 'content/pinyin.yaml', text: readFileSync('content/pinyin.yaml', 'utf8') },
		createPinyinReader
	);
	return cached;
}
