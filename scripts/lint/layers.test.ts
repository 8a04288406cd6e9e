import path from 'node:path';
import { Linter } from 'eslint';
import ts from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import layers from './layers.js';

const linter = new Linter({ configType: 'flat' });
const config = [
	{
		files: ['**/*.ts'],
		languageOptions: { parser: ts.parser },
		plugins: { layers },
		rules: { 'layers/layers': 'error' as const }
	}
];

/** The layer rule's messages for `code` written in src/<file>. */
function lint(file: string, code: string): string[] {
	return linter.verify(code, config, { filename: path.resolve('src', file) }).map((m) => m.message);
}

describe('the layer rule', () => {
	it('catches an upward import written as a relative path', () => {
		expect(lint('lib/domain/cards/x.ts', "import { database } from '../../../lib/data/db';")).toEqual([
			expect.stringContaining('domain/ may not import data/')
		]);
		expect(lint('lib/domain/cards/x.ts', "import { t } from '../../state/i18n/messages';")).toHaveLength(1);
	});
	it('catches the same import through the $lib alias', () => {
		expect(lint('lib/data/x.ts', "import { p } from '$lib/state/preferences.svelte';")).toHaveLength(1);
		expect(lint('lib/ui/x.ts', "import { cards } from '$lib/data/card-repository';")).toHaveLength(1);
	});
	it('keeps routes and state away from the database module, types aside for state', () => {
		expect(lint('routes/x/+page.ts', "import { database } from '$lib/data/db';")).toEqual([
			expect.stringContaining('through a repository')
		]);
		expect(lint('routes/x/+page.ts', "import type { CardRow } from '$lib/data/db';")).toHaveLength(1);
		expect(lint('lib/state/x.ts', "import { database } from '$lib/data/db';")).toHaveLength(1);
		expect(lint('lib/state/x.ts', "import type { CardRow } from '$lib/data/db';")).toEqual([]);
	});
	it('allows every downward import and packages', () => {
		expect(lint('routes/x/+page.ts', "import { cards } from '$lib/data/card-repository';")).toEqual([]);
		expect(lint('lib/state/x.ts', "import { a } from '../domain/cards/card-id';")).toEqual([]);
		expect(lint('lib/data/x.ts', "import { database } from './db';")).toEqual([]);
		expect(lint('lib/domain/x.ts', "import * as v from 'valibot';")).toEqual([]);
	});
	it('checks dynamic imports and re-exports too', () => {
		expect(lint('lib/domain/x.ts', "export { a } from '../state/a';")).toHaveLength(1);
		expect(lint('lib/content/x.ts', "void import('../ui/a');")).toHaveLength(1);
	});
});
