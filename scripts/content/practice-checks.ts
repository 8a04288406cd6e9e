/** Checks on the practice fields of an entry (drill slots, situations, mistake fixes), per source file. */
import type * as v from 'valibot';
import type { DrillSchema, MistakeSchema, SituationSchema } from '../../src/lib/content/schema';
import type { Problem } from './problems';

type Drill = v.InferOutput<typeof DrillSchema>;
type Mistake = v.InferOutput<typeof MistakeSchema>;
type Situation = v.InferOutput<typeof SituationSchema>;

/** "老王 | 很会 | 维护 | 客户关系" → ["老王", "很会", "维护", "客户关系"]. */
export function splitTiles(tiles: string): string[] {
	return tiles.split('|').map((t) => t.trim());
}

const count = (text: string, part: string) => text.split(part).length - 1;

function duplicates(words: readonly string[]): string[] {
	return words.filter((w, i) => words.indexOf(w) !== i);
}

export function checkDrill(zh: string, drill: Drill, path: string, file: string, problems: Problem[]): void {
	const add = (where: string, message: string) => problems.push({ file, path: `${path}${where}`, message });
	if (count(zh, drill.slot) !== 1) add('.slot', `expected "${drill.slot}" to occur exactly once in "${zh}"`);
	drill.wrong.forEach((w, i) => {
		if (w === drill.slot || drill.also.includes(w))
			add(`.wrong[${i}]`, `"${w}" is listed as wrong but also as right`);
	});
	for (const w of duplicates([...drill.wrong, ...drill.also])) add('', `"${w}" is listed twice`);
	if (!drill.sentence) return;
	const tiles = splitTiles(drill.sentence.tiles);
	if (tiles.length < 3)
		add('.sentence.tiles', `expected at least 3 tiles separated by "|", got ${tiles.length}`);
	if (tiles.some((t) => t === '')) add('.sentence.tiles', 'expected no empty tile');
	for (const t of duplicates(tiles))
		add('.sentence.tiles', `tile "${t}" appears twice, so the order is ambiguous`);
	if (!tiles.includes(drill.slot))
		add('.sentence.tiles', `expected one tile to be exactly the slot "${drill.slot}"`);
	if (!tiles.join('').includes(zh)) add('.sentence.tiles', `expected the sentence to contain "${zh}"`);
}

export function checkSituation(
	s: Situation,
	entryId: string,
	path: string,
	file: string,
	problems: Problem[]
): void {
	if (!s.id.startsWith(`${entryId}.situation.`))
		problems.push({
			file,
			path: `${path}.id`,
			message: `expected the id to start with "${entryId}.situation."`
		});
	s.wrong.forEach((w, i) => {
		if (w === s.answer)
			problems.push({
				file,
				path: `${path}.wrong[${i}]`,
				message: `"${w}" is the answer, not a wrong choice`
			});
	});
	for (const w of duplicates(s.wrong))
		problems.push({ file, path: `${path}.wrong`, message: `"${w}" is listed twice` });
}

export function checkMistakeFix(m: Mistake, path: string, file: string, problems: Problem[]): void {
	if (m.error !== undefined && !m.wrong.includes(m.error))
		problems.push({
			file,
			path: `${path}.error`,
			message: `expected "${m.error}" to occur in the wrong sentence`
		});
	if (m.fix !== undefined && m.error === undefined)
		problems.push({ file, path: `${path}.fix`, message: 'expected an error for the fix to replace' });
	for (const f of m.fix ?? [])
		if (m.error !== undefined && m.wrong.replace(m.error, f) === m.wrong)
			problems.push({ file, path: `${path}.fix`, message: `"${f}" leaves the sentence unchanged` });
}
