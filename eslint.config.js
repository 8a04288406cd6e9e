import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Import direction from ARCHITECTURE.md: routes → state/ui → data/content → domain. */
const layer = (name) => [
	`$lib/${name}`,
	`$lib/${name}/*`,
	`**/lib/${name}/*`,
	`../${name}/*`,
	`../../${name}/*`
];
const restrict = (files, banned, message) => ({
	files,
	rules: {
		'no-restricted-imports': ['error', { patterns: [{ group: banned.flatMap(layer), message }] }]
	}
});
const FRAMEWORK = ['svelte', 'svelte/*', 'dexie', '$app/*', '@sveltejs/*'];

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'src/lib/content/generated/',
			'test-results/',
			'playwright-report/',
			'static/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommendedTypeChecked,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node },
			parserOptions: {
				projectService: { allowDefaultProject: ['src/service-worker.ts'] },
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error',
			'@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
		}
	},
	{ files: ['**/*.js'], ...ts.configs.disableTypeChecked },
	{
		files: ['src/lib/domain/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: FRAMEWORK.filter((p) => !p.includes('*')).map((name) => ({
						name,
						message: 'domain/ is pure TypeScript: no Svelte, Dexie or SvelteKit.'
					})),
					patterns: [
						{ group: FRAMEWORK.filter((p) => p.includes('*')), message: 'domain/ is pure TypeScript.' },
						{
							group: ['content', 'data', 'state', 'ui'].flatMap(layer).concat(['**/routes/*']),
							message: 'domain/ is the bottom layer; it imports nothing above it.'
						}
					]
				}
			]
		}
	},
	restrict(
		['src/lib/data/**', 'src/lib/content/**'],
		['state', 'ui'],
		'data/ and content/ sit below state/ and ui/; they may only import domain/.'
	),
	restrict(
		['src/lib/ui/**'],
		['data'],
		'ui/ components are presentational: props in, callbacks out, no database.'
	),
	restrict(['src/lib/state/**'], ['ui'], 'state/ holds logic; it does not import components.')
);
