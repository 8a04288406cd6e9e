/** Compiles content/desk.yaml against the templates and the entries' mistake pairs. */
import { DeskSourceSchema } from '../../src/lib/content/desk-schema';
import type { MessageTemplate } from '../../src/lib/content/template-schema';
import type { Entry } from '../../src/lib/content/types';
import { MOVES, type DeskRules } from '../../src/lib/domain/desk/rules';
import { parseYaml, validate, type SourceFile } from './compile';
import { ContentError, type Problem } from './problems';

const textOf = (segments: { text: string }[]) => segments.map((s) => s.text).join('');

/** The desk's rules, or a ContentError naming every unknown template, mistake or pattern. */
export function compileDesk(
	file: SourceFile,
	templates: readonly MessageTemplate[],
	entries: readonly Entry[]
): DeskRules {
	const problems: Problem[] = [];
	const data = parseYaml(file, problems);
	const source = data === undefined ? undefined : validate(DeskSourceSchema, data, file.path, problems);
	if (!source) throw new ContentError(problems);
	const at = (path: string, message: string) => problems.push({ file: file.path, path, message });
	const templateById = new Map(templates.map((t) => [t.id, t]));
	const mistakes = new Map(entries.flatMap((e) => e.mistakes.map((m) => [m.id, m] as const)));
	const moves = Object.fromEntries(
		MOVES.map((move) => {
			const spec = source.moves[move];
			const example = templateById.get(spec.example);
			if (!example) at(`moves.${move}.example`, `unknown template id "${spec.example}"`);
			return [move, { markers: spec.markers, example: { zh: example?.zh ?? '', en: example?.en ?? '' } }];
		})
	) as DeskRules['moves'];
	const banned = source.banned.flatMap((b, i) => {
		const mistake = mistakes.get(b.mistake);
		if (!mistake) {
			at(`banned[${i}].mistake`, `unknown mistake id "${b.mistake}"`);
			return [];
		}
		if (!textOf(mistake.wrong).includes(b.patterns[0] ?? ''))
			at(`banned[${i}].patterns[0]`, `expected it in the wrong sentence "${textOf(mistake.wrong)}"`);
		if (!textOf(mistake.right).includes(b.right))
			at(`banned[${i}].right`, `expected it in the right sentence "${textOf(mistake.right)}"`);
		return [{ mistakeId: b.mistake, kind: mistake.kind, patterns: b.patterns, right: b.right }];
	});
	if (problems.length > 0) throw new ContentError(problems);
	return { moves, required: source.required, banned, asks: source.asks };
}
