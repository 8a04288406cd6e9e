/** Copies typed columns into plain arrays for a JSON file, where Array.from's iterator costs seconds at a million answers. */
export function plainArray(column: ArrayLike<number>): number[] {
	const out = new Array<number>(column.length);
	for (let i = 0; i < column.length; i++) out[i] = column[i]!;
	return out;
}
