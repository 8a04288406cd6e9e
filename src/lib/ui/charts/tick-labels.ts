/**
 * Where a chart's axis labels go: how much room the value labels need beside the plot, and which category
 * labels fit under it without touching each other or running past its edges.
 * Widths are estimates from the characters, so they work before anything is drawn.
 */

export interface Tick {
	index: number;
	text: string;
}

export interface PlacedTick extends Tick {
	/** where the label is anchored, in px */
	x: number;
	anchor: 'start' | 'middle' | 'end';
	/** the span the label covers, in px */
	from: number;
	to: number;
}

export interface TickRow {
	/** the centre of category `index`, in px */
	at: (index: number) => number;
	/** labels stay between these, in px */
	left: number;
	right: number;
	fontPx: number;
	/** empty space kept between neighbouring labels, in px; half the font size unless given */
	gap?: number;
}

// Chinese, Japanese and Korean characters, full-width forms and a few broad Latin signs take about an em;
// digits and other Latin about two thirds of one (generous, as the system font's digits are wide).
const WIDE =
	/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;
const BROAD = /[%@MWmw]/;
const NARROW_EM = 0.65;

/** The estimated width of `text` in px at `fontPx`: wide (CJK) characters count about double. */
export function textWidth(text: string, fontPx: number): number {
	let ems = 0;
	for (const char of text) ems += WIDE.test(char) || BROAD.test(char) ? 1 : NARROW_EM;
	return ems * fontPx;
}

/** px to leave left of the plot so the widest value label, right-aligned `pad` px from it, fits. */
export function gutterWidth(labels: readonly string[], fontPx: number, pad: number): number {
	return Math.ceil(Math.max(0, ...labels.map((l) => textWidth(l, fontPx))) + pad + 2);
}

/**
 * The plot's top edge and the chart's whole height, in px: room above the plot for the top value
 * label, and below it for the lowest value label and, under that, the row of category labels.
 */
export function plotFrame(fontPx: number, plotHeight: number): { top: number; height: number } {
	const top = fontPx * 0.9;
	return { top, height: top + plotHeight + fontPx * 2.3 };
}

/** Centres a label under its category, or pins it to the nearer edge of the row when it would run past it. */
function place(tick: Tick, row: TickRow): PlacedTick {
	const width = textWidth(tick.text, row.fontPx);
	const centre = row.at(tick.index);
	if (centre - width / 2 < row.left)
		return { ...tick, x: row.left, anchor: 'start', from: row.left, to: row.left + width };
	if (centre + width / 2 > row.right)
		return { ...tick, x: row.right, anchor: 'end', from: row.right - width, to: row.right };
	return { ...tick, x: centre, anchor: 'middle', from: centre - width / 2, to: centre + width / 2 };
}

const fits = (placed: readonly PlacedTick[], gap: number) =>
	placed.every((tick, i) => i === 0 || (placed[i - 1]?.to ?? -Infinity) + gap <= tick.from);

/**
 * The labels to draw, each placed inside the row. When they would touch, keeps every second (third …)
 * counted back from the last, so the spacing stays even, and always the first and the last while both fit.
 */
export function placeTicks(ticks: readonly Tick[], row: TickRow): PlacedTick[] {
	const gap = row.gap ?? row.fontPx / 2;
	const all = [...ticks].sort((a, b) => a.index - b.index).map((t) => place(t, row));
	if (fits(all, gap)) return all;
	const last = all.length - 1;
	for (let stride = 2; stride <= last; stride++) {
		const kept = all.filter((_, i) => (last - i) % stride === 0);
		const first = all[0];
		if (first && kept[0] !== first) {
			kept.unshift(first);
			if (!fits(kept.slice(0, 2), gap)) kept.splice(1, 1);
		}
		if (fits(kept, gap)) return kept;
	}
	// Not even the two ends fit side by side: the latest one matters most.
	return all.slice(-1);
}
