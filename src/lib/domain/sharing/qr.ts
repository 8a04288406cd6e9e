/** A QR code as one SVG path (drawn by a component, never injected as HTML). */
import { encode } from 'uqr';

export interface QrShape {
	/** modules per side, including the quiet zone */
	size: number;
	/** an SVG path of 1×1 squares, one per dark module */
	path: string;
}

/** modules per side, quiet zone included, that still draw at 6 px or more on a 1080-pixel-high projector */
export const MAX_QR_MODULES = 160;

/**
 * The QR code for `text`, with a four-module quiet zone; ECC level M suits a screen or paper. Throws
 * when the code would need more than MAX_QR_MODULES, too fine to scan from the back of a room.
 */
export function qrShape(text: string): QrShape {
	const { data, size } = encode(text, { ecc: 'M', border: 0 });
	const quiet = 4;
	if (size + 2 * quiet > MAX_QR_MODULES) throw new RangeError(`${size + 2 * quiet} modules`);
	let path = '';
	data.forEach((row, y) => {
		let x = 0;
		while (x < size) {
			if (!row[x]) {
				x += 1;
				continue;
			}
			const start = x;
			while (x < size && row[x]) x += 1;
			path += `M${start + quiet} ${y + quiet}h${x - start}v1h-${x - start}z`;
		}
	});
	return { size: size + 2 * quiet, path };
}
