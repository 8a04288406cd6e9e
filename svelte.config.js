import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The commit names the version, so rebuilding the same source leaves every page byte-identical. */
function versionName() {
	try {
		return execSync('git rev-parse --short=12 HEAD', { encoding: 'utf8' }).trim();
	} catch {
		return String(Date.now());
	}
}

/** The inline scripts of app.html, as CSP hashes: only their exact text may run. */
function appScriptHashes() {
	const html = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
	return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
		([, code]) =>
			`sha256-${createHash('sha256')
				.update(code ?? '')
				.digest('base64')}`
	);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ fallback: '200.html', precompress: false, strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		serviceWorker: { register: false },
		// A page's small stylesheets go inline, so the first paint waits for no CSS request (style-src allows it).
		inlineStyleThreshold: 8 * 1024,
		version: { name: versionName() },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...appScriptHashes()],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
