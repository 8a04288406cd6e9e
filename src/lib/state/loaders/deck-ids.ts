/** The ids of the decks that are not in the content: kept apart so a page can name them without loading their data. */

/** The deck of words the learner met in the simulator. */
export const SIMULATOR_DECK_ID = 'simulator';

/** The deck of one word's cards (`?deck=<entry id>`), opened from its word page. */
export const WORD_DECK_ID = 'word';
