/** One deck's own daily limits as the deck page edits them: an empty box means only the limit across all decks. */
import type { DeckLimits } from '$lib/domain/scheduling/daily-queue';
import { SETTING_BOUNDS } from '$lib/domain/scheduling/settings-schema';
import { InvalidSettingsError } from '$lib/domain/scheduling/types';
import type { MessageKey, Translate } from '../i18n/messages';
import { settingsProblem } from '../i18n/settings-problem';
import { saveLimitsOf } from '../loaders/study-settings';

type LimitField = keyof DeckLimits;

/** The two limits a deck can have, with the same bounds as the limits across all decks. */
export const LIMIT_FIELDS: readonly { key: LimitField; label: MessageKey; min: number; max: number }[] = [
	{ key: 'newPerDay', label: 'custom.limits.new', ...SETTING_BOUNDS.newPerDay },
	{ key: 'reviewsPerDay', label: 'custom.limits.review', ...SETTING_BOUNDS.reviewsPerDay }
];
const LABELS = Object.fromEntries(LIMIT_FIELDS.map((f) => [f.key, f.label]));

export class DeckLimitsForm {
	readonly #deckId: string;
	readonly #t: Translate;
	readonly #save: typeof saveLimitsOf;
	/** bound to the inputs; null (an empty box) leaves the deck under the limit across all decks only */
	values = $state<Record<LimitField, number | null>>({ newPerDay: null, reviewsPerDay: null });
	#message = $state('');
	#error = $state('');
	#saving = $state(false);

	constructor(deckId: string, limits: DeckLimits, t: Translate, save = saveLimitsOf) {
		this.#deckId = deckId;
		this.#t = t;
		this.#save = save;
		this.values = { newPerDay: limits.newPerDay ?? null, reviewsPerDay: limits.reviewsPerDay ?? null };
	}

	get message(): string {
		return this.#message;
	}
	get error(): string {
		return this.#error;
	}
	get saving(): boolean {
		return this.#saving;
	}

	/** Saves the limits; resolves to them once stored, or to null when one was refused (see `error`). */
	async save(): Promise<DeckLimits | null> {
		const limits: DeckLimits = {};
		for (const { key } of LIMIT_FIELDS) {
			const value = this.values[key];
			// An empty number box binds as null or undefined, depending on how it was emptied.
			if (value !== null && value !== undefined) limits[key] = value;
		}
		this.#saving = true;
		this.#message = '';
		this.#error = '';
		try {
			const saved = await this.#save(this.#deckId, limits);
			this.#message = this.#t('custom.limits.saved');
			return saved;
		} catch (e) {
			this.#error =
				e instanceof InvalidSettingsError ? settingsProblem(this.#t, e, LABELS) : this.#t('study.saveError');
			return null;
		} finally {
			this.#saving = false;
		}
	}
}
