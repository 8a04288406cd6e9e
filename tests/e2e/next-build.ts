import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildManifest, SERVICE_WORKER } from '../../scripts/offline/manifest';

/** A copy of a build in a fresh temporary folder. */
export function copyBuild(root: string): string {
	const copy = mkdtempSync(join(tmpdir(), 'kehu-build-'));
	cpSync(root, copy, { recursive: true });
	return copy;
}

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.html'))
		.map((name) => join(dir, name));
}

const inlineHash = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

/** A page with one name replaced, its Content-Security-Policy hashes recomputed as the build does. */
function renamedIn(html: string, oldName: string, newName: string): string {
	let page = html;
	for (const [, script = ''] of html.matchAll(/<script>([\s\S]*?)<\/script>/g)) {
		const next = script.replaceAll(oldName, newName);
		page = page.replace(inlineHash(script), inlineHash(next));
	}
	return page.replaceAll(oldName, newName);
}

/**
 * The next deploy of a build, as a code change makes it: the app's entry chunk has new code under a new
 * hashed name, every page points to it, the old chunk is gone, and the service worker lists the new files.
 */
export function nextBuild(root: string): string {
	const next = copyBuild(root);
	const entryDir = join(next, '_app/immutable/entry');
	const oldName = readdirSync(entryDir).find((name) => /^app\..+\.js$/.test(name));
	if (!oldName) throw new Error('no app entry chunk in the build');
	const newName = oldName.replace(/^app\./, 'app.next');
	writeFileSync(
		join(entryDir, oldName),
		`${readFileSync(join(entryDir, oldName), 'utf8')}\n// next version\n`
	);
	renameSync(join(entryDir, oldName), join(entryDir, newName));
	for (const file of htmlFiles(next)) {
		writeFileSync(file, renamedIn(readFileSync(file, 'utf8'), oldName, newName));
	}
	const worker = join(next, SERVICE_WORKER);
	const before = JSON.stringify(JSON.stringify(buildManifest(root)));
	const source = readFileSync(worker, 'utf8');
	if (!source.includes(before)) throw new Error('the build has no precache manifest to replace');
	writeFileSync(
		worker,
		source.replace(before, () => JSON.stringify(JSON.stringify(buildManifest(next))))
	);
	return next;
}

/** Paths whose bytes are the same in both builds: an update must not download them again. */
export function unchangedPaths(a: string, b: string): Set<string> {
	const before = new Map(buildManifest(a).map((entry) => [entry.url, entry.revision]));
	return new Set(
		buildManifest(b)
			.filter((e) => before.get(e.url) === e.revision)
			.map((e) => e.url)
	);
}

/** One page per route: every top-level page and the first page of each parameterised route. */
export function routeSamples(root: string): string[] {
	const pages = buildManifest(root)
		.map((entry) => entry.url)
		.filter((url) => !/\.\w+$/.test(url));
	const byParent = new Map<string, string>();
	for (const url of pages) {
		const parent = url.split('/').length > 2 ? url.slice(0, url.lastIndexOf('/')) : url;
		if (!byParent.has(parent)) byParent.set(parent, url);
	}
	return [...byParent.values()];
}
