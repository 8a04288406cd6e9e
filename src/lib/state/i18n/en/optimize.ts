/** English interface strings for the FSRS optimizer and the retention/workload chart. */
export default {
	'optimize.title': 'Optimize FSRS parameters',
	'optimize.intro':
		'Fits the memory model to your own flashcard reviews, with the optimizer Anki uses. Drills, quizzes and simulator missions are left out: their answers are chosen from options, so a lucky guess would look like recall.',
	'optimize.notIsolated':
		'The optimizer needs this page to be isolated from other sites, and it is not yet (the app may still be installing itself). Reload to try again.',
	'optimize.reload': 'Reload',
	'optimize.run': 'Optimize',
	'optimize.fitting': 'Fitting parameters to your history…',
	'optimize.progress': 'Optimizer progress',
	'optimize.tooLittle':
		'Not enough history yet. Reviews on a later day than the card’s previous one: {count}. The optimizer needs at least {min}; with fewer, the fit follows chance. Keep studying and try again.',
	'optimize.reviews': 'Reviews it learned from: {count}',
	'optimize.metric': 'On your history',
	'optimize.current': 'Current',
	'optimize.fitted': 'Fitted',
	'optimize.logLoss': 'Log loss (lower is better)',
	'optimize.rmse': 'RMSE over bins (lower is better)',
	'optimize.better': 'The fitted parameters predict your history better.',
	'optimize.notBetter':
		'The fitted parameters do not predict your history better. Keeping the current ones is fine.',
	'optimize.apply': 'Apply and reschedule',
	'optimize.applying': 'Rescheduling every card…',
	'optimize.applied': 'Applied. Every card is scheduled with the fitted parameters.',
	'optimize.undo': 'Undo: go back to the previous parameters',
	'optimize.undone': 'The previous parameters are back.',
	'optimize.usingFitted': 'In use: parameters fitted to your history.',
	'optimize.usingDefault': 'In use: the default parameters.',
	'optimize.error': 'The optimizer stopped: {message}',
	'optimize.reminder':
		'New reviews since your parameters were fitted: {count}. Optimize again to fit them to your newer history and see whether it predicts you better.',
	'workload.title': 'Desired retention versus workload',
	'workload.intro':
		'A year of reviews simulated for every card in your decks ({cards}) with the parameters in use, at each desired retention: new cards at your daily limit, every due card reviewed on time.',
	'workload.running': 'Simulating a year of reviews…',
	'workload.best':
		'Fewest reviews per card remembered: {retention} desired retention, about {reviews} reviews a day and {retained} cards remembered after a year.',
	'workload.reviewsTitle': 'Reviews a day',
	'workload.reviewsLabel': 'Reviews a day rise from {low} at 70% desired retention to {high} at 97%.',
	'workload.reviewsHeader': 'Reviews a day',
	'workload.retainedTitle': 'Share of cards remembered after a year',
	'workload.retainedLabel': 'Cards remembered after a year: {low} at 70% desired retention, {high} at 97%.',
	'workload.retainedHeader': 'Remembered',
	'workload.retention': 'Desired retention',
	'workload.failed': 'The simulation stopped. Try again.'
} as const;
