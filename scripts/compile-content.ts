/** Compiles content/*.yaml into src/lib/content/generated/*.json; fails with every problem it finds. */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileContent, type SourceFile } from './content/compile';
import { createPinyinReader } from './content/pinyin-reader';
import { ContentError } from './content/problems';
import { buildOutputs } from './content/outputs';

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
	const entries = compileContent(
		entryFiles,
		existsSync(overridesPath) ? read(overridesPath) : null,
		createPinyinReader
	);
	mkdirSync(OUT, { recursive: true });
	for (const [name, data] of Object.entries(buildOutputs(entries))) {
		writeFileSync(join(OUT, name), JSON.stringify(data));
	}
	const examples = entries.reduce((n, e) => n + e.examples.length, 0);
	console.log(`content: ${entries.length} entries, ${examples} examples → ${OUT}`);
} catch (error) {
	if (error instanceof ContentError) {
		console.error(`content: ${error.problems.length} problem(s)\n${error.message}`);
		process.exit(1);
	}
	throw error;
}
