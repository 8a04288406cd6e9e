import { sveltekit } from '@sveltejs/kit/vite';
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { contentType, fileFor } from './scripts/offline/static-files.ts';

/** COOP and COEP make the page cross-origin isolated, which the optimizer's WebAssembly threads need. */
const ISOLATION = {
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Cross-Origin-Embedder-Policy': 'require-corp'
};

const COMPRESSIBLE = /\.(html|js|css|json|webmanifest|svg|wasm)$/;
const gzipped = new Map<string, { mtime: number; body: Buffer }>();

/** A file's gzip form, made once per version of the file, as a CDN's edge cache would hold it. */
function gzipOf(file: string): Buffer {
	const mtime = statSync(file).mtimeMs;
	const cached = gzipped.get(file);
	if (cached?.mtime === mtime) return cached.body;
	const body = gzipSync(readFileSync(file));
	gzipped.set(file, { mtime, body });
	return body;
}

/** Preview serves the adapter's output as a static host would (manifest, 200.html, gzip), isolated. */
function previewBuild(root = 'build'): Plugin {
	return {
		name: 'preview-static-build',
		configurePreviewServer(server) {
			server.middlewares.use((req, res, next) => {
				for (const [name, value] of Object.entries(ISOLATION)) res.setHeader(name, value);
				const file = fileFor(root, new URL(req.url ?? '/', 'http://host').pathname);
				if (!file || req.method !== 'GET') return next();
				res.setHeader('Content-Type', contentType(file));
				if (!COMPRESSIBLE.test(file)) return res.end(readFileSync(file));
				res.setHeader('Vary', 'Accept-Encoding');
				if (!/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')))
					return res.end(readFileSync(file));
				res.setHeader('Content-Encoding', 'gzip');
				res.end(gzipOf(file));
			});
		}
	};
}

export default defineConfig({
	plugins: [sveltekit(), previewBuild()],
	// SOURCEMAP=1 npm run build maps a production profile back to the source.
	build: {
		sourcemap: process.env.SOURCEMAP === '1',
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						// The runtime every page needs, as one request instead of several small ones.
						{ name: 'framework', test: /node_modules[\\/](svelte|@sveltejs|esm-env|devalue|clsx)[\\/]/ }
					]
				}
			}
		}
	},
	server: { port: 5173, strictPort: true, headers: ISOLATION },
	preview: { port: 4173, strictPort: true },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		// Tests that record thousands of answers in fake IndexedDB need more than 5 s on a busy machine.
		testTimeout: 30_000
	}
});
