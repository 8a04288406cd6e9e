/** Checks a parsed backup for meaning, not only shape: values the scheduler accepts, ids used once, no future dates. */
import { parseCardId, type CardRef } from '$lib/domain/cards/card-id';
import { cardFieldProblem } from '$lib/domain/scheduling/memory-bounds';
import type { CardRow } from './db';
import type { ReviewLog } from './review-log';

const DAY = 86_400_000;

/** A backup value that is well formed but impossible; `path` names it, as "cards.3.stability". */
export class BackupMeaningError extends Error {
	override readonly name = 'BackupMeaningError';
	constructor(
		readonly path: string,
		readonly expected: string
	) {
		super(`This backup is damaged at ${path}: expected ${expected}.`);
	}
}

/** Throws BackupMeaningError for the first impossible value, judged at `now` (epoch ms). */
export function checkBackupMeaning(
	exportedAt: number,
	cards: readonly CardRow[],
	log: ReviewLog,
	now: number
): void {
	if (exportedAt > now + DAY) throw new BackupMeaningError('exportedAt', 'a date no later than tomorrow');
	const ids = new Set<string>();
	cards.forEach((card, i) => {
		if (ids.has(card.id)) throw new BackupMeaningError(`cards.${i}.id`, 'a card id used once');
		ids.add(card.id);
		let ref: CardRef;
		try {
			ref = parseCardId(card.id);
		} catch {
			throw new BackupMeaningError(`cards.${i}.id`, 'an item id and a known template');
		}
		if (ref.itemId !== card.itemId)
			throw new BackupMeaningError(`cards.${i}.itemId`, `"${ref.itemId}", as in the id`);
		if (ref.template !== card.template)
			throw new BackupMeaningError(`cards.${i}.template`, `"${ref.template}", as in the id`);
		const problem = cardFieldProblem(card, now);
		if (problem) throw new BackupMeaningError(`cards.${i}.${problem.field}`, problem.expected);
		if (card.forgottenAt !== undefined && card.forgottenAt > now + DAY)
			throw new BackupMeaningError(`cards.${i}.forgottenAt`, 'a date no later than tomorrow');
	});
	for (let i = 0; i < log.reviewedAt.length; i++) {
		if (log.reviewedAt[i]! > now + DAY)
			throw new BackupMeaningError(`reviews.reviewedAt.${i}`, 'a date no later than tomorrow');
	}
}
