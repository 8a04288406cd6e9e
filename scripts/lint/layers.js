/**
 * The layer rule from ARCHITECTURE.md, on resolved paths: `$lib/…` and relative imports are both
 * resolved to a folder under src/ before the direction is checked, so `../../../data/db` cannot slip by.
 */
import path from 'node:path';

const SRC = path.resolve('src');
const LIB = path.join(SRC, 'lib');
const DB = path.join(LIB, 'data', 'db');

/**
 * Which layers each layer may import. Workers are thread entry points over data and state.
 * @type {Record<string, string[]>}
 */
const ALLOWED = {
	domain: ['domain'],
	content: ['content', 'domain'],
	data: ['data', 'content', 'domain'],
	state: ['state', 'data', 'content', 'domain'],
	ui: ['ui', 'state', 'content', 'domain'],
	workers: ['workers', 'state', 'data', 'content', 'domain'],
	routes: ['routes', 'state', 'ui', 'data', 'content', 'domain', 'workers']
};
/** Who may import the Dexie module itself; everyone else goes through a repository. */
const DB_VALUE = ['data', 'workers'];
const DB_TYPE = ['data', 'workers', 'state'];

/**
 * The layer a file belongs to, or null outside src/lib and src/routes.
 * @param {string} file
 * @returns {string | null}
 */
export function layerOf(file) {
	const rel = path.relative(SRC, file).split(path.sep);
	if (rel[0] === 'routes') return 'routes';
	if (rel[0] === 'lib' && rel[1] !== undefined && rel[1] in ALLOWED) return rel[1];
	return null;
}

/**
 * An import specifier as an absolute path without extension, or null for a package.
 * @param {string} specifier
 * @param {string} fromFile
 */
export function resolveSpecifier(specifier, fromFile) {
	if (specifier === '$lib' || specifier.startsWith('$lib/')) return path.join(LIB, specifier.slice(5));
	if (specifier.startsWith('.')) return path.resolve(path.dirname(fromFile), specifier);
	return null;
}

/** @param {string} p */
const stripExt = (p) => p.replace(/\.(svelte\.)?(ts|js)$/, '');

/** @param {any} node the import or export declaration */
function typeOnly(node) {
	if (node.importKind === 'type' || node.exportKind === 'type') return true;
	/** @type {{ importKind?: string; exportKind?: string }[]} */
	const specs = node.specifiers ?? [];
	return specs.length > 0 && specs.every((s) => s.importKind === 'type' || s.exportKind === 'type');
}

/** @type {import('eslint').Rule.RuleModule} */
export const layersRule = {
	meta: {
		type: 'problem',
		docs: { description: 'Imports point one way: routes → state/ui → data/content → domain.' },
		messages: {
			upward:
				'{{from}}/ may not import {{to}}/ ({{spec}}): imports point routes → state/ui → data/content → domain.',
			db: '{{from}}/ may not import the database module ({{spec}}); go through a repository in data/.'
		},
		schema: []
	},
	create(context) {
		const from = layerOf(context.filename);
		if (!from) return {};
		/** @param {any} node @param {any} source */
		const check = (node, source) => {
			if (!source || typeof source.value !== 'string') return;
			const target = resolveSpecifier(source.value, context.filename);
			if (!target) return;
			const to = layerOf(target);
			if (!to) return;
			const data = { from, to, spec: source.value };
			if (!ALLOWED[from]?.includes(to)) return context.report({ node: source, messageId: 'upward', data });
			if (stripExt(target) !== DB) return;
			const allowed = typeOnly(node) ? DB_TYPE : DB_VALUE;
			if (!allowed.includes(from)) context.report({ node: source, messageId: 'db', data });
		};
		return {
			ImportDeclaration: (node) => check(node, node.source),
			ExportNamedDeclaration: (node) => check(node, node.source),
			ExportAllDeclaration: (node) => check(node, node.source),
			ImportExpression: (node) => check(node, node.source)
		};
	}
};

export default { rules: { layers: layersRule } };
