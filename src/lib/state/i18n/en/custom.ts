/** English interface strings for custom study. */
export default {
	'custom.title': 'Custom study',
	'custom.kind.new': 'More new cards than today’s limit',
	'custom.kind.review': 'More reviews than today’s limit',
	'custom.kind.ahead': 'Review ahead',
	'custom.kind.forgotten': 'Cards I forgot recently',
	'custom.kind.level': 'One CEFR level',
	'custom.kind.template': 'One card type',
	'custom.extra': 'How many more',
	'custom.days': 'Days',
	'custom.note':
		'Only the answers you give change your schedule; today’s limits and other cards stay as they are.',
	'custom.start': 'Start custom study',
	'custom.limits.title': 'Daily limits for this deck',
	'custom.limits.new': 'New cards a day',
	'custom.limits.review': 'Reviews a day',
	'custom.limits.note':
		'Leave a box empty to use only the limit across all decks ({new, plural, one {# new card} other {# new cards}} and {review, plural, one {# review} other {# reviews}} a day, in Settings). A deck never shows more than either limit allows.',
	'custom.limits.save': 'Save limits',
	'custom.limits.saved': 'Saved. Today’s cards are counted again with these limits.'
} as const;
