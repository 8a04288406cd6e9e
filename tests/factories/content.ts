import { stringify } from 'yaml';
import type { SourceFile } from '../../scripts/content/compile';

type Source = Record<string, unknown>;

/** A minimal valid entry source; override the fields a test is about. */
export function anEntrySource(id = 'weihu', overrides: Source = {}): Source {
	return {
		id,
		hanzi: '维护',
		pos: 'verb',
		level: 'A2',
		gloss: 'to maintain',
		register: 'neutral',
		examples: [
			{
				level: 'A2',
				zh: '我们要维护客户关系。',
				en: 'We must maintain client relations.',
				note: '要 + verb: need to.'
			},
			{
				level: 'B1',
				zh: '维护关系需要时间。',
				en: 'Keeping a relationship takes time.',
				note: 'A verb phrase as subject.'
			}
		],
		...overrides
	};
}

/** The YAML file an author would write for that source. */
export function anEntryFile(source: Source, name = `${String(source.id)}.yaml`): SourceFile {
	return { path: `content/entries/${name}`, text: stringify(source) };
}

/** A headword needs guidance and three examples at every level. */
export function aHeadwordSource(id = 'kehu-guanxi'): Source {
	const levels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];
	return {
		id,
		hanzi: '客户关系',
		pos: 'noun',
		measure: { words: ['段', '个'] },
		level: 'A2',
		gloss: 'customer relationship',
		register: 'formal',
		tags: ['headword'],
		guidance: Object.fromEntries(levels.map((l) => [l, `What to do at ${l}.`])),
		examples: levels.flatMap((level) =>
			[1, 2, 3].map((n) => ({
				level,
				zh: `客户关系${'很好'.repeat(n)}。`,
				en: 'Relations are good.',
				note: 'Adjective predicate.'
			}))
		)
	};
}
