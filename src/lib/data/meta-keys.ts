/** Keys of the meta table's rows, in a module of their own so readers need not load their writers. */

/** The meta row holding the learner's scheduling settings. */
export const SETTINGS_KEY = 'scheduler-settings';
