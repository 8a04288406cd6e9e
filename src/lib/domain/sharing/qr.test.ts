import { encode } from 'uqr';
import { expect, it } from 'vitest';
import { MAX_QR_MODULES, qrShape } from './qr';

it('draws every dark module of the code, inside a quiet zone', () => {
	const text = 'https://example.org/assignment#abc';
	const { data } = encode(text, { ecc: 'M', border: 0 });
	const shape = qrShape(text);
	expect(shape.size).toBe(data.length + 8);
	const area = [...shape.path.matchAll(/h(\d+)/g)].reduce((n, m) => n + Number(m[1]), 0);
	expect(area).toBe(data.flat().filter(Boolean).length);
	expect(shape.path).not.toMatch(/M[0-3] /);
});

it('throws for text longer than a QR code holds, so the screen can say so', () => {
	expect(() => qrShape('x'.repeat(5000))).toThrow();
});

it('offers no code too fine to project: at most 160 modules, 6 px each on a 1080-pixel screen', () => {
	expect(qrShape('x'.repeat(1200)).size).toBeLessThanOrEqual(MAX_QR_MODULES);
	expect(() => qrShape('x'.repeat(2200))).toThrow(RangeError);
	expect(1080 / MAX_QR_MODULES).toBeGreaterThanOrEqual(6);
});
