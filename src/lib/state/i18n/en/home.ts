/** English interface strings for the home page. */
export default {
	'home.simulator': 'CRM simulator',
	'home.simulatorText':
		'Run a toy CRM in Chinese: thousands of generated customers, RFM segments, CLV and CAC, a sales funnel, and missions that check your answers against the data.',
	'home.intro':
		'Learn 客户关系, 客服 and 客户服务 the way they are used in Chinese offices, chat windows and CRM reports — level by level, with the collocations and mistakes that matter.',
	'home.searchLabel': 'Search words',
	'home.searchPlaceholder': 'Hanzi, English or pinyin (kehu, ke4hu4, kèhù)',
	'home.search': 'Search',
	'home.headwords': 'Start with the three headwords',
	'home.byLevel': 'Browse by CEFR level',
	'home.crm': 'CRM terms',
	'home.crmText': 'CLV, CAC, retention, churn, NPS, RFM segments and the rest of the CRM toolkit.',
	'home.allWords': 'All {count, plural, one {# word} other {# words}}',
	'home.offline': 'Works offline once visited. Install it from your browser menu to study anywhere.',
	'home.practice': 'Practise',
	'home.practiceText':
		'Drills on collocations, quizzes on the mistakes learners make, and your mistake notebook.'
} as const;
