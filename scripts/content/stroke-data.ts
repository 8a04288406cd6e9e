/** Copies hanzi-writer's stroke data for every character the cards show into static/hanzi, so it ships in the build. */
import { existsSync, mkdirSync, copyFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { StudyItem } from '../../src/lib/content/types';

const HAN = /\p{Script=Han}/u;

/** The characters of words and collocations (not whole mistake sentences), in first-seen order. */
export function strokeCharacters(items: readonly StudyItem[]): string[] {
	const chars = new Set<string>();
	for (const item of items)
		if (item.kind !== 'mistake') for (const ch of item.hanzi) if (HAN.test(ch)) chars.add(ch);
	return [...chars];
}

/** The file name a character's data is served under: its code point in hex. */
export function strokeFileName(ch: string): string {
	return `${(ch.codePointAt(0) ?? 0).toString(16)}.json`;
}

/** The file listing every character that has stroke data, so a page never asks for one that has none. */
export const STROKE_INDEX = 'index.json';

/** Writes the stroke files and their index; returns the characters hanzi-writer-data has no data for. */
export function writeStrokeData(chars: readonly string[], outDir: string): string[] {
	const source = dirname(createRequire(import.meta.url).resolve('hanzi-writer-data/package.json'));
	if (existsSync(outDir)) for (const f of readdirSync(outDir)) rmSync(join(outDir, f));
	mkdirSync(outDir, { recursive: true });
	const missing: string[] = [];
	for (const ch of chars) {
		const from = join(source, `${ch}.json`);
		if (existsSync(from)) copyFileSync(from, join(outDir, strokeFileName(ch)));
		else missing.push(ch);
	}
	const shipped = chars.filter((ch) => !missing.includes(ch));
	writeFileSync(join(outDir, STROKE_INDEX), JSON.stringify(shipped.join('')));
	return missing;
}
