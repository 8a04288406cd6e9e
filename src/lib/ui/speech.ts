/** The browser's Chinese speech voice, if it has one. */
export function chineseVoice(): SpeechSynthesisVoice | null {
	if (typeof speechSynthesis === 'undefined') return null;
	return speechSynthesis.getVoices().find((v) => /^zh[-_](CN|Hans)/i.test(v.lang) || v.lang === 'zh') ?? null;
}

/** Speaks Chinese text; false when no Chinese voice exists, so the caller can show pinyin instead. */
export function speakChinese(text: string): boolean {
	const voice = chineseVoice();
	if (!voice) return false;
	speechSynthesis.cancel();
	const utterance = new SpeechSynthesisUtterance(text);
	utterance.voice = voice;
	utterance.lang = voice.lang;
	utterance.rate = 0.9;
	speechSynthesis.speak(utterance);
	return true;
}
