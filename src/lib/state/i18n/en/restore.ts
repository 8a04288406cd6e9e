/** English interface strings for restore with consent. */
export default {
	'restore.reading': 'Reading the backup…',
	'restore.writing': 'Restoring the backup… A long history can take several seconds.',
	'restore.title': 'Restore this backup?',
	'restore.side': 'Where',
	'restore.answers': 'Answers',
	'restore.cards': 'Cards',
	'restore.from': 'First answer',
	'restore.newest': 'Newest answer',
	'restore.file': 'In the file (exported {date})',
	'restore.current': 'On this device now',
	'restore.none': '—',
	'restore.lose':
		'Answers on this device newer than the backup’s newest one will be replaced: {count}. A copy of everything here is kept first, so you can undo the restore.',
	'restore.replace':
		'Everything on this device will be replaced by the file. A copy is kept first, so you can undo the restore.',
	'restore.confirm': 'Replace with the backup',
	'restore.cancel': 'Keep my current data',
	'restore.cancelled': 'Nothing was changed.',
	'restore.undo': 'Undo the restore',
	'restore.kept': 'A copy of your data from before the restore on {date} is kept (answers: {count}).',
	'restore.undone': 'Your data from before the restore is back (answers: {count}).'
} as const;
