/** Compiles content/desk.yaml against the templates and the entries' mistake pairs. */
import { DeskSourceSchema } from '../../src/lib/content/desk-schema';
import type { MessageTemplate } from '../../src/lib/content/template-schema';
import type { Entry } from '../../src/lib/content/types';
import { TICKET_TYPES } from '../../src/lib/domain/crm/catalog';
import { fillGap, frameFits, GAP, optionSlips } from '../../src/lib/domain/desk/complete';
import type { Audience, ReplyForm } from '../../src/lib/domain/desk/reply-check';
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
	const rules = { moves, required: source.required, banned, asks: source.asks, frames: source.frames };
	problems.push(...frameProblems(rules, file.path));
	if (problems.length > 0) throw new ContentError(problems);
	return rules;
}

const FORMS: ReplyForm[] = ['chat', 'email'];
const AUDIENCES: Audience[] = ['consumer', 'company'];

/**
 * Gapped sentences are judged by the reply rules alone, so each must be winnable and losable in every
 * reply it can appear in, keep its move whatever is chosen, and every move of every ticket needs one.
 */
export function frameProblems(rules: DeskRules, path: string): Problem[] {
	const problems: Problem[] = [];
	const at = (where: string, message: string) => problems.push({ file: path, path: where, message });
	const seen = new Set<string>();
	rules.frames.forEach((f, i) => {
		if (seen.has(f.id)) at(`frames[${i}].id`, `duplicate id "${f.id}"`);
		seen.add(f.id);
		if (f.text.split(GAP).length !== 2) at(`frames[${i}].text`, 'expected exactly one gap "{}"');
		f.options.forEach((o, k) => {
			const markers = rules.moves[f.move].markers;
			if (!markers.some((m) => fillGap(f.text, o).includes(m)))
				at(
					`frames[${i}].options[${k}]`,
					`expected a ${f.move} marker (${markers.join(' ')}) in "${fillGap(f.text, o)}"`
				);
		});
		for (const form of FORMS.filter((x) => f.form === 'any' || f.form === x))
			for (const audience of AUDIENCES) {
				const slips = f.options.map((o) => optionSlips(fillGap(f.text, o), { form, audience }, rules));
				if (slips.every(Boolean))
					at(
						`frames[${i}].options`,
						`no option is right in ${form === 'email' ? 'an email' : 'a chat'} reply to a ${audience}`
					);
				if (!slips.some(Boolean))
					at(
						`frames[${i}].options`,
						`no option breaks a register or collocation rule in ${form === 'email' ? 'an email' : 'a chat'} reply to a ${audience}`
					);
			}
	});
	for (const type of TICKET_TYPES)
		for (const form of FORMS)
			for (const move of rules.required[type])
				if (!rules.frames.some((f) => f.move === move && frameFits(f, { form, type })))
					at('frames', `expected a ${move} sentence for a ${type} ${form} reply`);
	return problems;
}
