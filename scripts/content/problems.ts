/** A content error pinned to a file and a path inside it, e.g. `examples[2].level`. */
export interface Problem {
	file: string;
	path: string;
	message: string;
}

export class ContentError extends Error {
	constructor(readonly problems: Problem[]) {
		super(problems.map(formatProblem).join('\n'));
		this.name = 'ContentError';
	}
}

export function formatProblem(p: Problem): string {
	return `${p.file}: ${p.path || '(root)'}: ${p.message}`;
}

/** Turns ['examples', 2, 'level'] into "examples[2].level". */
export function formatPath(keys: readonly (string | number)[]): string {
	return keys.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}
