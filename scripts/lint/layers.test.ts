import { ESLint } from 'eslint';
import ts from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import layers from './layers.js';

const eslint = new ESLint({
	overrideConfigFile: true,
	overrideConfig: [
		{
			files: ['**/*.ts'],
			languageOptions: { parser: ts.parser },
			plugins: { '@typescript-eslint': ts.plugin }
		},
		...layers
	]
});

/** The layer errors for `code` written at src/<file>; imports resolve against the real source tree. */
async function lint(file: string, code: string): Promise<string[]> {
	const [result] = await eslint.lintText(code, { filePath: `src/${file}` });
	return (result?.messages ?? []).map((m) => m.message);
}

describe('the layer rule', () => {
	it('keeps routes away from every data module, however the path is written', async () => {
		const route = 'routes/study/sample/+page.ts';
		expect(await lint(route, "import { database } from '../../../lib/data/db';")).toEqual([
			expect.stringContaining('Routes go through a state module')
		]);
		expect(
			await lint(route, "import { loadSchedulerSettings } from '$lib/data/settings-repository';")
		).toHaveLength(1);
		expect(await lint(route, "import type { CardRow } from '$lib/data/db';")).toHaveLength(1);
		expect(await lint(route, "void import('$lib/data/card-browser-repository');")).toHaveLength(1);
		expect(
			await lint(route, "import { loadStudySettings } from '$lib/state/loaders/study-settings';")
		).toEqual([]);
	});

	it('keeps the domain pure, relative paths included', async () => {
		expect(await lint('lib/domain/cards/x.ts', "import { t } from '../../state/i18n/messages';")).toEqual([
			expect.stringContaining('domain/ is pure')
		]);
		expect(await lint('lib/domain/x.ts', "import { database } from '$lib/data/db';")).toHaveLength(1);
		expect(await lint('lib/domain/x.ts', "export { a } from '../ui/download';")).toHaveLength(1);
		expect(await lint('lib/domain/cards/x.ts', "import { cardIdsFor } from './card-id';")).toEqual([]);
		expect(await lint('lib/domain/x.ts', "import * as v from 'valibot';")).toEqual([]);
	});

	it('keeps data below state, ui and routes', async () => {
		expect(
			await lint('lib/data/x.ts', "import { Preferences } from '../state/runes/preferences.svelte';")
		).toHaveLength(1);
		expect(await lint('lib/data/x.ts', "import { downloadText } from '$lib/ui/download';")).toHaveLength(1);
		expect(await lint('lib/data/x.ts', "import { database } from './db';")).toEqual([]);
	});

	it('keeps state away from routes, and from the database module except its row types', async () => {
		expect(await lint('lib/state/x.ts', "import P from '../../routes/+layout.svelte';")).toEqual([
			expect.stringContaining('state/ never imports routes')
		]);
		expect(await lint('lib/state/x.ts', "import { database } from '../data/db';")).toEqual([
			expect.stringContaining('through a repository')
		]);
		expect(await lint('lib/state/x.ts', "import type { CardRow } from '$lib/data/db';")).toEqual([]);
		expect(await lint('lib/state/x.ts', "import { dueCards } from '$lib/data/card-repository';")).toEqual([]);
		expect(await lint('lib/state/runes/x.ts', "import { database } from '../../data/db';")).toEqual([
			expect.stringContaining('through a repository')
		]);
	});
});
