/** Renders static/icons/icon.svg to the PNG sizes the manifest lists, with Debian's Chromium. */
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';

const svg = readFileSync('static/icons/icon.svg', 'utf8');
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: ['--no-sandbox', '--disable-background-networking']
});
const page = await browser.newPage();
for (const [size, padding, name] of [
	[192, 0, 'icon-192.png'],
	[512, 0, 'icon-512.png'],
	[512, 64, 'icon-maskable-512.png']
] as const) {
	await page.setViewportSize({ width: size, height: size });
	const inner = size - padding * 2;
	await page.setContent(
		`<body style="margin:0;background:#1d4e89;display:grid;place-items:center;width:${size}px;height:${size}px">` +
			`<div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`
	);
	await page.screenshot({ path: `static/icons/${name}`, omitBackground: padding === 0 });
}
await browser.close();
