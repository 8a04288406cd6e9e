/** What every question about a curated learner error shares. */
import { quizCardId } from '../../cards/card-id';
import type { QuizSource } from '../sources';

/** The card, item, word, kind and correction of a mistake's question. */
export function mistakeBase(q: QuizSource) {
	return {
		cardId: quizCardId(q.id),
		itemId: q.id,
		entryId: q.entryId,
		kind: q.kind,
		explanation: { zh: q.fixed[0] ?? q.right, en: q.explanation }
	};
}
