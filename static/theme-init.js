// Applies the saved theme and language before first paint, so a dark-theme learner never sees a white flash.
try {
	var saved = JSON.parse(localStorage.getItem('preferences') || '{}');
	if (saved.theme === 'light' || saved.theme === 'dark') document.documentElement.dataset.theme = saved.theme;
	if (saved.locale === 'zh') document.documentElement.lang = 'zh-CN';
} catch (e) {
	// Corrupt preferences fall back to the system theme.
}
