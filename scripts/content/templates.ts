/** Compiles content/templates.yaml: each phrase gets pinyin and linked words, and is checked like the entries. */
import { TemplatesFileSchema, type MessageTemplate } from '../../src/lib/content/template-schema';
import type { Entry } from '../../src/lib/content/types';
import { parseYaml, validate, type SourceFile } from './compile';
import { lineCompiler } from './dialogues';
import type { PinyinReader } from './pinyin-reader';
import { ContentError, type Problem } from './problems';
import type { Reading } from './reading-check';

/** Compiles the templates file, or throws a ContentError listing every problem. */
export function compileTemplates(
	file: SourceFile,
	entries: readonly Entry[],
	read: PinyinReader,
	readings: Reading[] = []
): MessageTemplate[] {
	const problems: Problem[] = [];
	const data = parseYaml(file, problems);
	const source = data === undefined ? undefined : validate(TemplatesFileSchema, data, file.path, problems);
	if (!source) throw new ContentError(problems);
	const compileLine = lineCompiler(entries, read, readings);
	const ids = new Set<string>();
	const zh = new Set<string>();
	const templates = source.flatMap((t, i): MessageTemplate[] => {
		if (ids.has(t.id))
			problems.push({ file: file.path, path: `[${i}].id`, message: `duplicate id "${t.id}"` });
		if (zh.has(t.zh))
			problems.push({ file: file.path, path: `[${i}].zh`, message: `"${t.zh}" is listed twice` });
		ids.add(t.id);
		zh.add(t.zh);
		const line = compileLine(t.zh, undefined, file.path, `[${i}]`);
		if (typeof line === 'string') return [];
		return [{ ...t, pinyin: line.syllables.filter(Boolean), reading: line.reading, segments: line.segments }];
	});
	if (problems.length > 0) throw new ContentError(problems);
	return templates;
}
