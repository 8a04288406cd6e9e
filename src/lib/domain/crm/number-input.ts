/** Reading figures typed into the calculators: amounts with grouping and 元, and rates in any common form. */

export type InputResult =
	{ ok: true; value: number } | { ok: false; problem: 'empty' | 'notNumber' | 'negative' | 'above100' };

const clean = (text: string) => text.replace(/[,，\s元]/g, '').replace(/％/g, '%');

/** An amount or count ≥ 0: "1,200", "1200元", "3.5". */
export function readAmount(text: string): InputResult {
	const t = clean(text);
	if (t === '') return { ok: false, problem: 'empty' };
	const n = Number(t);
	if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(t) || !Number.isFinite(n)) return { ok: false, problem: 'notNumber' };
	return n < 0 ? { ok: false, problem: 'negative' } : { ok: true, value: n };
}

/**
 * A rate as a share 0–1: "20%", "20 %" and "20" read as percentages, "0.2" as a share. A bare
 * number above 1 can only be a percentage; 1 or less is taken as a share, so "1" is 100 %.
 */
export function readRate(text: string): InputResult {
	const t = clean(text);
	const percent = t.endsWith('%');
	const amount = readAmount(percent ? t.slice(0, -1) : t);
	if (!amount.ok) return amount;
	const share = percent || amount.value > 1 ? amount.value / 100 : amount.value;
	return share > 1 ? { ok: false, problem: 'above100' } : { ok: true, value: share };
}
