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
	'custom.start': 'Start custom study'
} as const;
