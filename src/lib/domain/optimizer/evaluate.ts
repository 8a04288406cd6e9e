/** How well a set of FSRS parameters predicts a learner's own history: log loss and RMSE over bins. */
import { FSRSAlgorithm, generatorParameters, type FSRSState } from 'ts-fsrs';
import type { CardHistories } from './history';

export interface FitQuality {
	/** mean −log likelihood of each long-term review's outcome; lower is better */
	logLoss: number;
	/** root mean square gap between predicted and actual recall over 20 bins of prediction, weighted by size */
	rmseBins: number;
	reviews: number;
}

const BINS = 20;
const EPSILON = 1e-7;

/**
 * Replays every card with `weights` and scores each review on a later day (pass = any grade but Again),
 * counting only reviews at or after `scoredFrom` (epoch ms); earlier ones still shape the memory state.
 */
export function evaluateWeights(
	histories: CardHistories,
	weights: readonly number[],
	scoredFrom = -Infinity
): FitQuality {
	const algorithm = new FSRSAlgorithm(generatorParameters({ w: [...weights], enable_short_term: true }));
	const predicted = new Float64Array(BINS);
	const actual = new Float64Array(BINS);
	const size = new Float64Array(BINS);
	let loss = 0;
	let reviews = 0;
	for (let c = 0; c + 1 < histories.start.length; c++) {
		let memory: FSRSState | null = null;
		for (let i = histories.start[c]!; i < histories.start[c + 1]!; i++) {
			const rating = histories.ratings[i]!;
			const days = histories.deltaDays[i]!;
			if (memory && days > 0 && histories.reviewedAt[i]! >= scoredFrom) {
				const p = Math.min(
					1 - EPSILON,
					Math.max(EPSILON, algorithm.forgetting_curve(days, memory.stability))
				);
				const recalled = rating > 1 ? 1 : 0;
				loss -= recalled ? Math.log(p) : Math.log(1 - p);
				const bin = Math.min(BINS - 1, Math.floor(p * BINS));
				predicted[bin]! += p;
				actual[bin]! += recalled;
				size[bin]! += 1;
				reviews++;
			}
			memory = algorithm.next_state(memory, days, rating);
		}
	}
	let squares = 0;
	for (let b = 0; b < BINS; b++) {
		if (size[b]! > 0) squares += (predicted[b]! - actual[b]!) ** 2 / size[b]!;
	}
	return {
		logLoss: reviews ? loss / reviews : 0,
		rmseBins: reviews ? Math.sqrt(squares / reviews) : 0,
		reviews
	};
}
