/** Sums the gzip size of the JavaScript a prerendered page loads before it is interactive. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A string pinyin-pro's bundle always carries (an option name, so minifiers keep it). */
const PINYIN_PRO_MARKER = 'nonZh';

export interface FirstLoad {
	gzipBytes: number;
	files: string[];
	hasPinyinPro: boolean;
}

/**
 * Reads the page's modulepreload links and its inline-started entry imports, plus the chunks of
 * `modules` (source paths the page imports before it renders, such as its message groups).
 */
export function firstLoadJs(buildDir: string, htmlFile: string, modules: string[] = []): FirstLoad {
	const html = readFileSync(join(buildDir, htmlFile), 'utf8');
	const files = new Set<string>();
	for (const m of html.matchAll(/<link\b[^>]*>/g)) {
		const href = /href="([^"]+)"/.exec(m[0])?.[1];
		if (href && /rel="modulepreload"/.test(m[0])) files.add(href);
	}
	for (const m of html.matchAll(/import\("([^"]+\.js)"\)/g)) files.add(m[1] ?? '');
	for (const m of html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)) files.add(m[1] ?? '');
	const manifest = JSON.parse(
		readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
	) as Record<string, { file: string }>;
	for (const source of modules) {
		const chunk = manifest[source]?.file;
		if (!chunk) throw new Error(`${source} is not in the build`);
		files.add(`/${chunk}`);
	}
	let gzipBytes = 0;
	let hasPinyinPro = false;
	for (const href of files) {
		const path = join(buildDir, href.replace(/^(\.\.?\/)+/, '').replace(/^\//, ''));
		const code = readFileSync(path);
		gzipBytes += gzipSync(code, { level: 9 }).length;
		if (code.includes(PINYIN_PRO_MARKER)) hasPinyinPro = true;
	}
	return { gzipBytes, files: [...files], hasPinyinPro };
}
