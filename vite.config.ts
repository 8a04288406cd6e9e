import { sveltekit } from '@sveltejs/kit/vite';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { contentType, fileFor } from './scripts/offline/static-files.ts';

/** COOP and COEP make the page cross-origin isolated, which the optimizer's WebAssembly threads need. */
const ISOLATION = {
	'Cross-Origin-Opener-Policy': 'same-origin',
	'Cross-Origin-Embedder-Policy': 'require-corp'
};

/** Preview serves the adapter's output as a static host would (manifest, 200.html), isolated. */
function previewBuild(root = 'build'): Plugin {
	return {
		name: 'preview-static-build',
		configurePreviewServer(server) {
			server.middlewares.use((req, res, next) => {
				for (const [name, value] of Object.entries(ISOLATION)) res.setHeader(name, value);
				const file = fileFor(root, new URL(req.url ?? '/', 'http://host').pathname);
				if (!file || req.method !== 'GET') return next();
				res.setHeader('Content-Type', contentType(file));
				res.end(readFileSync(file));
			});
		}
	};
}

export default defineConfig({
	plugins: [sveltekit(), previewBuild()],
	// SOURCEMAP=1 npm run build maps a production profile back to the source.
	build: { sourcemap: process.env.SOURCEMAP === '1' },
	server: { port: 5173, strictPort: true, headers: ISOLATION },
	preview: { port: 4173, strictPort: true },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		// Tests that record thousands of answers in fake IndexedDB need more than 5 s on a busy machine.
		testTimeout: 30_000
	}
});
