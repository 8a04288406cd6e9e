/** How a plain static host maps URLs to the files of an adapter-static build. */
import { existsSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.png': 'image/png',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.woff2': 'font/woff2'
};

/** The file served for a path: the file itself, its `.html` page, or the fallback for extensionless URLs. */
export function fileFor(root: string, pathname: string): string | undefined {
	const path = decodeURIComponent(pathname);
	const candidates = [path, `${path}.html`, join(path, 'index.html')].map((p) => join(root, p));
	const inside = (file: string) => file.startsWith(join(root, '/'));
	const found = candidates.find((file) => inside(file) && existsSync(file) && statSync(file).isFile());
	return found ?? (extname(path) === '' ? join(root, '200.html') : undefined);
}

export function contentType(file: string): string {
	return TYPES[extname(file)] ?? 'application/octet-stream';
}
