/**
 * The `lang` for a piece of data whose language is not known in advance (a chart label, a table cell):
 * "zh-CN" when it is mostly Chinese, otherwise nothing, so it takes the interface's language.
 */
export function dataLang(text: string | number): 'zh-CN' | undefined {
	if (typeof text === 'number') return undefined;
	const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
	const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
	return han > 0 && han >= latin / 2 ? 'zh-CN' : undefined;
}
