/** English interface strings for settings. */
export default {
	'settings.study.burySiblings': 'After answering a card, keep the word’s other cards until tomorrow',
	'settings.title': 'Settings',
	'settings.display': 'Display',
	'settings.save': 'Save',
	'settings.study': 'Study',
	'settings.study.retention': 'Desired retention (0.70–0.99)',
	'settings.study.newPerDay': 'New cards per day, across all decks',
	'settings.study.reviewsPerDay': 'Reviews per day, across all decks',
	'settings.study.learningSteps': 'Learning steps (e.g. 1m 10m)',
	'settings.study.relearningSteps': 'Relearning steps (e.g. 10m)',
	'settings.study.rollover': 'New day starts at (hour, local time)',
	'settings.study.maxInterval': 'Maximum interval (days)',
	'settings.study.leech': 'Leech after this many lapses',
	'settings.study.fuzz': 'Spread intervals slightly (fuzz)',
	'settings.study.hint': 'Saving reschedules every card from your review history with the new settings.',
	'settings.study.saved': 'Saved. Every card was rescheduled with the new settings.',
	'settings.backup': 'Backup and integrity',
	'settings.backup.export': 'Export progress',
	'settings.backup.restore': 'Restore from a file',
	'settings.backup.exported':
		'Exported {reviews, plural, one {# review} other {# reviews}}. Keep the file somewhere safe.',
	'settings.backup.restored': 'Restored {reviews, plural, one {# review} other {# reviews}}.',
	'settings.backup.failed': 'That did not work, and nothing was changed.',
	'settings.backup.full':
		'The device is out of storage space. Nothing was changed; free some space and try again.',
	'settings.backup.tooBig': 'This file is too large to be a backup.',
	'settings.backup.notPersistent':
		'Your browser may clear this app’s data when space runs low. Export a backup regularly, or allow persistent storage.',
	'settings.backup.persist': 'Ask to keep my data',
	'settings.integrity.check': 'Check integrity',
	'settings.integrity.checking': 'Replaying the history against every card…',
	'settings.integrity.rebuilding': 'Rebuilding the cards from the history…',
	'settings.integrity.ok':
		'{cards, plural, one {The # card matches} other {All # cards match}} a replay of your {reviews, plural, one {# review} other {# reviews}}.',
	'settings.integrity.bad':
		'{count, plural, one {# card does} other {# cards do}} not match your review history.',
	'settings.integrity.rebuild': 'Rebuild them from the history',
	'settings.language': 'Interface language',
	'settings.showPinyin': 'Show pinyin above example sentences',
	'settings.toneColours': 'Colour syllables by tone'
} as const;
