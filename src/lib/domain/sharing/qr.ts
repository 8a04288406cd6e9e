/** A QR code as one SVG path (drawn by a component, never injected as HTML). */
import { encode } from 'uqr';

export interface QrShape {
	/** modules per side, including the quiet zone */
	size: number;
	/** an SVG path of 1×1 squares, one per dark module */
	path: string;
}

/** The QR code for `text`, with a four-module quiet zone; ECC level M suits a screen or paper. */
export function qrShape(text: string): QrShape {
	const { data, size } = encode(text, { ecc: 'M', border: 0 });
	const quiet = 4;
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
