import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { contentType, fileFor } from '../../scripts/offline/static-files';

/** A plain static host, like many CDNs: every file may be cached for ten minutes, no isolation headers. */
export interface StaticHost {
	url: string;
	/** Serves another build from now on, as a deploy does. */
	deploy(root: string): void;
	/** Paths requested since the last call. */
	takeRequests(): string[];
	close(): Promise<void>;
}

export async function startStaticHost(root: string): Promise<StaticHost> {
	let current = root;
	let requests: string[] = [];
	const server: Server = createServer((req, res) => {
		const { pathname } = new URL(req.url ?? '/', 'http://host');
		requests.push(pathname);
		const file = fileFor(current, pathname);
		if (!file) {
			res.writeHead(404).end();
			return;
		}
		res.writeHead(200, {
			'Content-Type': contentType(file),
			'Cache-Control': 'max-age=600'
		});
		res.end(readFileSync(file));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		url: `http://127.0.0.1:${port}`,
		deploy: (next) => (current = next),
		takeRequests: () => {
			const taken = requests;
			requests = [];
			return taken;
		},
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}
