/** Keys of the meta table's rows, in a module of their own so readers need not load their writers. */

/** The meta row holding the learner's scheduling settings. */
export const SETTINGS_KEY = 'scheduler-settings';

/** The meta row holding each deck's own daily limits, by deck id. */
export const DECK_LIMITS_KEY = 'deck-limits';
