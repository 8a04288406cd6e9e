/** What the card browser can do to a selection of cards. */
export const CARD_ACTIONS = ['suspend', 'unsuspend', 'bury', 'unbury', 'forget', 'first', 'last'] as const;
export type CardAction = (typeof CARD_ACTIONS)[number];
