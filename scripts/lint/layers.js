/**
 * The layer direction from ARCHITECTURE.md as import-x zones. The rule resolves every import
 * (the `$lib` alias through tsconfig, relative paths from the file) before it compares folders,
 * so `../../../data/db` is caught like `$lib/data/db`.
 */
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';

const LIB = 'src/lib';
/** @param {string[]} names */
const lib = (names) => names.map((name) => `${LIB}/${name}`);

/** For each layer, the folders it may never import, with the reason shown in the error. */
export const ZONES = [
	{
		target: 'src/routes',
		from: lib(['data']),
		message: 'Routes go through a state module in src/lib/state, never a repository or the database.'
	},
	{
		target: `${LIB}/domain`,
		from: [...lib(['state', 'data', 'ui', 'content', 'workers']), 'src/routes'],
		message: 'domain/ is pure: it imports only domain/.'
	},
	{
		target: `${LIB}/content`,
		from: [...lib(['state', 'data', 'ui', 'workers']), 'src/routes'],
		message: 'content/ imports only content/ and domain/.'
	},
	{
		target: `${LIB}/data`,
		from: [...lib(['state', 'ui', 'workers']), 'src/routes'],
		message: 'data/ imports only data/, content/ and domain/.'
	},
	{
		target: `${LIB}/state`,
		from: [...lib(['ui', 'workers']), 'src/routes'],
		message: 'state/ never imports routes, components or workers.'
	},
	{
		target: `${LIB}/ui`,
		from: [...lib(['data', 'workers']), 'src/routes'],
		message: 'ui/ components take props and call back; the data comes through state/.'
	},
	{
		target: `${LIB}/workers`,
		from: [...lib(['ui']), 'src/routes'],
		message: 'Workers run data and domain code off the main thread, never components or routes.'
	}
];

/**
 * Flat-config entries: the zones on every source file, and state/ kept to types from the database module.
 * @type {import('eslint').Linter.Config[]}
 */
export default [
	{
		files: ['src/**/*.ts', 'src/**/*.svelte'],
		plugins: { 'import-x': importX },
		settings: {
			'import-x/extensions': ['.ts', '.js', '.svelte'],
			'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })]
		},
		rules: { 'import-x/no-restricted-paths': ['error', { zones: ZONES }] }
	},
	{
		files: ['src/lib/state/**/*.ts'],
		rules: {
			'@typescript-eslint/no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['$lib/data/db', '**/data/db'],
							allowTypeImports: true,
							message:
								'state/ reads and writes through a repository in data/; only row types come from the database module.'
						}
					]
				}
			]
		}
	}
];
