/** One budget line: `name: value unit (budget ≤ limit unit)`, so a script can compare every figure. */
export interface Figure {
	name: string;
	value: number;
	unit: string;
	limit: number;
	/** 'max' for figures that must stay under the limit, 'min' for ones that must reach it. */
	kind: 'max' | 'min';
	/** printed after the budget, e.g. the spread of repeated runs */
	note?: string;
}

export function formatFigure(f: Figure): string {
	const digits = Number.isInteger(f.value) ? 0 : f.value < 10 ? 2 : 1;
	const line = `${f.name}: ${f.value.toFixed(digits)} ${f.unit} (budget ${f.kind === 'max' ? '≤' : '≥'} ${f.limit} ${f.unit})`;
	return f.note ? `${line} ${f.note}` : line;
}

export function withinBudget(f: Figure): boolean {
	return f.kind === 'max' ? f.value <= f.limit : f.value >= f.limit;
}
