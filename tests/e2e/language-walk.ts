import type { Page } from '@playwright/test';

/** A piece of visible text in the wrong language, or without the lang attribute its language needs. */
export interface Stray {
	text: string;
	lang: string;
	where: string;
}

/** Acronyms the course teaches as they are, in both interfaces. */
const ACRONYMS = [
	'CRM',
	'CLV',
	'LTV',
	'CAC',
	'RFM',
	'NPS',
	'CSV',
	'JSON',
	'FSRS',
	'HSK',
	'PWA',
	'ID',
	'KPI',
	'VIP',
	'SaaS',
	'CEFR',
	'TSV',
	'UTF',
	'Anki',
	// Chinese writes an app as App (本App已更新).
	'App',
	'Enter',
	'Backspace',
	'Tab',
	'Esc',
	'Space'
];

/**
 * Visible text in the other language than the interface's, where its element's language says otherwise.
 * `zh`: English words outside lang="en" (pinyin, acronyms and numbers allowed). `en`: mostly-Chinese text outside lang="zh…".
 */
export function strayText(page: Page, ui: 'zh' | 'en'): Promise<Stray[]> {
	return page.evaluate(
		({ ui, acronyms }) => {
			const out: { text: string; lang: string; where: string }[] = [];
			const allowed = new Set(acronyms);
			const toneMark = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]/i;
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const el = node.parentElement;
				const text = node.textContent?.trim() ?? '';
				if (!el || !text || el.closest('script, style, noscript, svg title, rt, pre, code, kbd')) continue;
				if (!el.checkVisibility({ visibilityProperty: true, opacityProperty: false })) continue;
				const lang = el.closest('[lang]')?.getAttribute('lang') ?? '';
				const where = el.outerHTML.slice(0, 160);
				if (ui === 'zh') {
					if (lang.startsWith('en') || lang.startsWith('zh-Latn')) continue;
					const words = (text.match(/[A-Za-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü']+/g) ?? []).filter(
						(w) => w.length >= 3 && !allowed.has(w) && !toneMark.test(w)
					);
					if (words.length > 0) out.push({ text, lang, where });
				} else {
					if (lang.startsWith('zh')) continue;
					// Chinese terms quoted in an English sentence are content; a label in Chinese is not.
					const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
					const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
					if (han > 0 && han >= latin / 2) out.push({ text, lang, where });
				}
			}
			return out;
		},
		{ ui, acronyms: ACRONYMS }
	);
}
