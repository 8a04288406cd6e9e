import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from './all';
import { groupOf, groupsFor } from './groups';

/**
 * Reads each page's components, and everything they import, for the message keys they name, and
 * checks that the page loads those keys' groups: a missed group would show blank text.
 */
const SRC = resolve('src');
const KEYS = new Set(Object.keys(MESSAGES.en));
const PREFIXES = new Set([...KEYS].map((k) => k.slice(0, k.indexOf('.'))));

function resolveImport(from: string, spec: string): string | undefined {
	const base = spec.startsWith('$lib/')
		? join(SRC, 'lib', spec.slice(5))
		: spec.startsWith('.')
			? resolve(dirname(from), spec)
			: undefined;
	if (!base) return undefined;
	return [base, `${base}.ts`, `${base}.svelte`, join(base, 'index.ts')].find(
		(c) => existsSync(c) && statSync(c).isFile()
	);
}

const scanned = new Map<string, { imports: string[]; groups: Set<string> }>();
function scan(file: string) {
	let found = scanned.get(file);
	if (found) return found;
	const text = readFileSync(file, 'utf8');
	const imports: string[] = [];
	for (const m of text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
		const target = resolveImport(file, m[1] ?? '');
		if (target) imports.push(target);
	}
	const groups = new Set<string>();
	for (const m of text.matchAll(/['"`]([a-zA-Z]+\.[\w.-]+)['"`]/g))
		if (KEYS.has(m[1] ?? '')) groups.add(groupOf(m[1] ?? '') ?? '?');
	// Keys built at run time: t(`prefix.${…}`).
	for (const m of text.matchAll(/\bt\(\s*`([a-zA-Z]+)\./g))
		if (PREFIXES.has(m[1] ?? '')) groups.add(groupOf(`${m[1]}.x`) ?? '?');
	found = { imports, groups };
	scanned.set(file, found);
	return found;
}

function groupsUsed(entries: string[]): Set<string> {
	const seen = new Set<string>();
	const groups = new Set<string>();
	const stack = [...entries];
	for (let file = stack.pop(); file; file = stack.pop()) {
		if (seen.has(file) || /i18n\/(en|zh)\//.test(file)) continue;
		seen.add(file);
		const { imports, groups: own } = scan(file);
		for (const g of own) groups.add(g);
		stack.push(...imports);
	}
	return groups;
}

function pages(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return pages(path);
		return name === '+page.svelte' ? [path] : [];
	});
}

const ROUTES = join(SRC, 'routes');

describe('message groups per page', () => {
	it('the app frame needs only core', () => {
		expect([...groupsUsed([join(ROUTES, '+layout.svelte')])]).toEqual(['core']);
	});

	for (const page of pages(ROUTES)) {
		const id = dirname(page).slice(ROUTES.length) || '/';
		it(`${id} loads the groups its components use`, () => {
			const entries = [page];
			for (let dir = dirname(page); dir.startsWith(ROUTES); dir = dirname(dir))
				for (const name of ['+page.ts', '+layout.ts', '+layout.svelte'])
					if (existsSync(join(dir, name))) entries.push(join(dir, name));
			const missing = [...groupsUsed(entries)].filter((g) => !(groupsFor(id) as string[]).includes(g));
			expect(missing, `add them to ROUTE_GROUPS in groups.ts`).toEqual([]);
		});
	}
});
