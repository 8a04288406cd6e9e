/** The browser's Chinese speech voice, if it has one. */
export function chineseVoice(): SpeechSynthesisVoice | null {
	if (typeof speechSynthesis === 'undefined') return null;
	return speechSynthesis.getVoices().find((v) => /^zh[-_](CN|Hans)/i.test(v.lang) || v.lang === 'zh') ?? null;
}

/** Speech rates: the listening cards' pace, and a slow one for dense lines. */
export const SPEECH_RATES = { normal: 0.9, slow: 0.6 } as const;
export type SpeechSpeed = keyof typeof SPEECH_RATES;

/** Speaks Chinese text; false when no Chinese voice exists, so the caller can show pinyin instead. */
export function speakChinese(text: string, speed: SpeechSpeed = 'normal'): boolean {
	return speakChineseLines([text], speed);
}

/**
 * Queues lines to be spoken one after another; `onLine` hears which line starts (-1 when all are done
 * or stopped). False when no Chinese voice exists.
 */
export function speakChineseLines(
	lines: readonly string[],
	speed: SpeechSpeed,
	onLine: (index: number) => void = () => {}
): boolean {
	const voice = chineseVoice();
	if (!voice) return false;
	speechSynthesis.cancel();
	lines.forEach((text, i) => {
		const utterance = new SpeechSynthesisUtterance(text);
		utterance.voice = voice;
		utterance.lang = voice.lang;
		utterance.rate = SPEECH_RATES[speed];
		utterance.onstart = () => onLine(i);
		if (i === lines.length - 1) utterance.onend = () => onLine(-1);
		speechSynthesis.speak(utterance);
	});
	return true;
}

/** Stops whatever is being spoken. */
export function stopSpeaking(): void {
	if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
}
