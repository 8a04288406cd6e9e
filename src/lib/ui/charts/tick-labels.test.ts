import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gutterWidth, placeTicks, plotFrame, textWidth, type PlacedTick, type TickRow } from './tick-labels';

const FONT = 12;
/** a chart's width, in px, on a 390 px wide phone */
const PHONE = 316;

/** A bar chart's label row: `count` bars across `width` px after a `left` px value gutter. */
function barRow(count: number, width: number, left = 36): TickRow {
	const slot = (width - left - 4) / count;
	return { at: (i) => left + (i + 0.5) * slot, left, right: width - 4, fontPx: FONT };
}

/** Labels every `every` categories, counted back from the last, as the charts' callers pass them. */
function ticksEvery(labels: readonly string[], every: number) {
	return labels
		.map((text, index) => ({ index, text }))
		.filter((t) => (labels.length - 1 - t.index) % every === 0);
}

function expectReadable(placed: readonly PlacedTick[], row: TickRow) {
	const gap = row.gap ?? FONT / 2;
	placed.forEach((tick, i) => {
		expect(tick.from).toBeGreaterThanOrEqual(row.left - 1e-9);
		expect(tick.to).toBeLessThanOrEqual(row.right + 1e-9);
		expect(tick.to - tick.from).toBeCloseTo(textWidth(tick.text, FONT));
		const previous = placed[i - 1];
		if (previous)
			expect(previous.to + gap, `"${previous.text}" touches "${tick.text}"`).toBeLessThanOrEqual(tick.from);
	});
}

describe('textWidth', () => {
	it('counts a Chinese character or a percent sign as a whole em, a digit as less', () => {
		expect(textWidth('11月26日', FONT)).toBeCloseTo((2 + 4 * 0.65) * FONT);
		expect(textWidth('日', FONT)).toBeGreaterThan(textWidth('2', FONT) * 1.4);
		expect(textWidth('100%', FONT)).toBeCloseTo((3 * 0.65 + 1) * FONT);
		expect(textWidth('', FONT)).toBe(0);
	});
});

describe('gutterWidth', () => {
	it('leaves room for the widest value label and its padding', () => {
		expect(gutterWidth(['80%', '90%', '100%'], FONT, 6)).toBeGreaterThanOrEqual(textWidth('100%', FONT) + 6);
		expect(gutterWidth([], FONT, 6)).toBe(8);
	});
});

describe('placeTicks', () => {
	it('keeps every label that fits, centred under its bar', () => {
		const row = barRow(5, PHONE);
		const placed = placeTicks(
			['A', 'B', 'C'].map((text, i) => ({ index: i * 2, text })),
			row
		);
		expect(placed.map((t) => t.text)).toEqual(['A', 'B', 'C']);
		expect(placed[1]).toMatchObject({ anchor: 'middle', x: row.at(2) });
	});

	it('keeps labels out of the value-label gutter and inside the right edge', () => {
		const row = barRow(30, PHONE);
		const placed = placeTicks(
			[
				{ index: 1, text: '11月5日' },
				{ index: 29, text: '12月3日' }
			],
			row
		);
		expect(placed[0]).toMatchObject({ anchor: 'start', x: row.left });
		expect(placed[1]).toMatchObject({ anchor: 'end', x: row.right });
		expectReadable(placed, row);
	});

	it('thins a month of Chinese dates on a phone, evenly, keeping the first and the last', () => {
		const labels = Array.from({ length: 30 }, (_, i) => (i < 27 ? `11月${i + 4}日` : `12月${i - 26}日`));
		const row = barRow(30, PHONE);
		const placed = placeTicks(ticksEvery(labels, 7), row);
		expect(placed.map((t) => t.text)).toEqual(['11月5日', '11月19日', '12月3日']);
		expectReadable(placed, row);
	});

	it('keeps all of them where there is room', () => {
		const labels = Array.from({ length: 30 }, (_, i) => `11月${i + 1}日`);
		expect(placeTicks(ticksEvery(labels, 7), barRow(30, 800))).toHaveLength(5);
	});

	it('never lets two labels touch, on any width, with any labels', () => {
		const label = fc.string({
			unit: fc.constantFrom('1', '9', '月', '日', 'J', 'u', 'n', ' ', '%'),
			minLength: 1,
			maxLength: 8
		});
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 60 }),
				fc.integer({ min: 200, max: 1400 }),
				fc.array(label, { maxLength: 60 }),
				(count, width, texts) => {
					const row = barRow(count, width);
					const ticks = texts.slice(0, count).map((text, index) => ({ index, text }));
					const placed = placeTicks(ticks, row);
					if (ticks.length) expect(placed.length).toBeGreaterThan(0);
					expectReadable(placed, row);
				}
			)
		);
	});
});

describe('plotFrame', () => {
	it('leaves room above for half a value label and below for a value label and a row of category labels', () => {
		const { top, height } = plotFrame(12, 130);
		expect(top).toBeGreaterThanOrEqual(12 / 2);
		expect(height - top - 130).toBeGreaterThanOrEqual(12 / 2 + 12 * 1.2);
	});
});
