/**
 * Checks a parsed backup for meaning, not only shape: values the scheduler accepts, keys used once, no
 * future dates, and custom decks the deck import would accept.
 */
import { parseCardId, type CardRef } from '$lib/domain/cards/card-id';
import { customCardIssues } from '$lib/domain/decks/custom-deck';
import { cardFieldProblem } from '$lib/domain/scheduling/memory-bounds';
import { PRIMARY_KEYS, type CardRow, type CustomDeckRow } from './db';
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
	cards.forEach((card, i) => {
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

/**
 * Throws BackupMeaningError for the first row whose primary key (as the database declares it) repeats
 * an earlier row's in the same table: the restore could not write both.
 */
export function checkKeysUsedOnce(tables: Readonly<Record<string, readonly object[] | undefined>>): void {
	for (const [table, rows] of Object.entries(tables)) {
		const key = PRIMARY_KEYS[table];
		if (!key || !rows) continue;
		const seen = new Set<unknown>();
		rows.forEach((row, i) => {
			const value = (row as Record<string, unknown>)[key];
			if (seen.has(value)) throw new BackupMeaningError(`${table}.${i}.${key}`, 'a key used once');
			seen.add(value);
		});
	}
}

/** Throws BackupMeaningError unless every deck has a title and cards, each one the deck import accepts. */
export function checkCustomDecks(decks: readonly CustomDeckRow[]): void {
	decks.forEach((deck, d) => {
		if (deck.title.trim() === '') throw new BackupMeaningError(`customDecks.${d}.title`, 'a title');
		if (deck.cards.length === 0) throw new BackupMeaningError(`customDecks.${d}.cards`, 'at least one card');
		deck.cards.forEach((card, c) => {
			const [issue] = customCardIssues(card);
			if (issue)
				throw new BackupMeaningError(
					`customDecks.${d}.cards.${c}.${issue.field}`,
					`a card the deck import accepts (${issue.problem})`
				);
		});
	});
}
