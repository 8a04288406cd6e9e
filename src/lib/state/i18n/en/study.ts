/** English interface strings for study decks and the review session. */
export default {
	'study.leechOpen': 'Open it in the card browser',
	'study.left': '{new} new, {learning} learning, {due} due left',
	'study.undoRefused.not-last':
		'That answer can’t be undone: the card has been answered again since, perhaps in another tab.',
	'study.undoRefused.gone': 'That answer can’t be undone: it is no longer in your history.',
	'study.clock':
		'Your device’s clock looks wrong: an answer is already recorded for {newest}, later than now ({now}). Check the date and time settings. Answers are never dated before a card’s last one.',
	'study.newHeld':
		'{count, plural, one {# new card waits} other {# new cards wait}} for tomorrow: the daily limit across all decks is reached.',
	'study.newHeldDeck':
		'{count, plural, one {# new card waits} other {# new cards wait}} for tomorrow: this deck’s daily limit is reached.',
	'study.dueHeld':
		'{count, plural, one {# review waits} other {# reviews wait}} for tomorrow: the daily limit across all decks is reached.',
	'study.dueHeldDeck':
		'{count, plural, one {# review waits} other {# reviews wait}} for tomorrow: this deck’s daily limit is reached.',
	'study.nextLearning': 'Next learning card at {time}',
	'summary.limitNew':
		'Today’s limit of {limit, plural, one {# new card} other {# new cards}} across all decks is reached. {count, plural, one {# more new card waits} other {# more new cards wait}} in this deck.',
	'summary.deckLimitNew':
		'This deck’s limit of {limit, plural, one {# new card} other {# new cards}} a day is reached. {count, plural, one {# more new card waits} other {# more new cards wait}} in this deck.',
	'summary.limitReview':
		'Today’s limit of {limit, plural, one {# review} other {# reviews}} across all decks is reached. {count, plural, one {# more review is} other {# more reviews are}} due.',
	'summary.deckLimitReview':
		'This deck’s limit of {limit, plural, one {# review} other {# reviews}} a day is reached. {count, plural, one {# more review is} other {# more reviews are}} due in this deck.',
	'summary.studyMoreNew': 'Study {count, plural, one {# more new card} other {# more new cards}}',
	'summary.studyMoreReview': 'Review {count, plural, one {# more card} other {# more cards}}',
	'summary.waiting':
		'{count, plural, one {# learning card comes} other {# learning cards come}} back at {time}.',
	'summary.studyWaiting': 'Study them now',
	'key.space': 'Space',
	'key.enter': 'Enter',
	'feedback.empty': 'No pinyin given.',
	'feedback.count':
		'You wrote {wrote, plural, one {# syllable} other {# syllables}}; the word has {expected}.',
	'feedback.missing': '{char}: missing, it is {expected}.',
	'feedback.letters': '{char}: you wrote {wrote}, it is {expected}.',
	'feedback.noTone': '{char}: no tone given, it is {expected}.',
	'feedback.tone': '{char}: you wrote {wrote}, it is {expected}.',
	'feedback.toneName': 'tone {tone}',
	'feedback.neutral': 'the neutral tone',
	'feedback.hanzi': 'You wrote {given}; the answer is {expected}.',
	'study.title': 'Study',
	'study.decks': 'Decks',
	'study.loading': 'Loading your cards…',
	'study.loadError':
		'Your progress could not be read. Reload the page; if it persists, restore a backup in Settings.',
	'study.saveError': 'That answer could not be saved (is the disk full?). Nothing was lost; try again.',
	'study.noDeck': 'There is no such deck.',
	'study.today': '{count, plural, one {# answer} other {# answers}} today',
	'study.cards': '{count, plural, one {# card} other {# cards}}',
	'study.new': 'New',
	'study.learning': 'Learning',
	'study.due': 'Due',
	'study.catchUp': 'Catch up',
	'study.catchUpText':
		'Welcome back: {count, plural, one {# review has} other {# reviews have}} piled up. A catch-up session takes the ones you are most likely to have forgotten first, a day’s worth at a time.',
	'study.cardOf': 'Card {n} of {total}',
	'study.progress': 'Session progress',
	'study.card': 'Card',
	'study.show': 'Show answer',
	'study.undo': 'Undo',
	'study.bury': 'Bury until tomorrow',
	'study.suspend': 'Suspend',
	'study.leech':
		'{word} keeps slipping away: it has lapsed {lapses, plural, one {# time} other {# times}}. Suspend it and come back with a fresh mnemonic?',
	'grade.again': 'Again',
	'grade.hard': 'Hard',
	'grade.good': 'Good',
	'grade.easy': 'Easy',
	'card.prompt.recognition': 'What does this mean?',
	'card.prompt.recall': 'Say or write it in Chinese',
	'card.prompt.pinyin': 'Type the pinyin, with tones',
	'card.prompt.listening': 'What did you hear?',
	'card.prompt.cloze': 'Fill the gap',
	'card.prompt.mistake': 'What is wrong with this sentence?',
	'card.play': 'Play again',
	'card.noVoice': 'This device has no Chinese voice, so here is the pinyin instead.',
	'card.blank': 'blank',
	'card.typePinyin': 'Pinyin (tone numbers like ke4hu4, or tone marks)',
	'card.typeHanzi': 'Type it in characters (optional)',
	'card.check': 'Check',
	'card.correct': 'Correct',
	'card.incorrect': 'Not quite',
	'card.youWrote': 'You wrote',
	'card.strokes': 'Play stroke order',
	'card.noStrokes': 'No stroke data for one of these characters.',
	'card.openEntry': 'Open the entry',
	'summary.done': 'Session complete',
	'summary.nothing': 'Nothing is due in this deck right now',
	'summary.cards': 'Cards',
	'summary.accuracy': 'Remembered',
	'summary.minutes': 'Minutes',
	'card.openHome.template': 'Open it among the message templates',
	'card.openHome.desk': 'Open the service desk',
	'card.openHome.mission': 'Open the mission',
	'card.openHome.custom': 'Study its deck'
} as const;
