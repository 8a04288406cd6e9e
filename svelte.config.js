import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { execSync } from 'node:child_process';

/** The commit names the version, so rebuilding the same source leaves every page byte-identical. */
function versionName() {
	try {
		return execSync('git rev-parse --short=12 HEAD', { encoding: 'utf8' }).trim();
	} catch {
		return String(Date.now());
	}
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ fallback: '200.html', precompress: false, strict: true }),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		serviceWorker: { register: false },
		version: { name: versionName() },
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
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
