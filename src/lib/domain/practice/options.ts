/** Answer options with the right one at a random place. */
import { shuffled, type Random } from './random';

/** Options with the right one at a random place; returns the options and the answer's index. */
export function withAnswer(
	answer: string,
	wrong: readonly string[],
	random: Random
): { options: string[]; answer: number } {
	const options = shuffled([answer, ...wrong], random);
	return { options, answer: options.indexOf(answer) };
}
