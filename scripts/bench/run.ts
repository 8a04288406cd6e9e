/**
 * `npm run bench`: builds the app, serves it, and prints one line per budgeted figure.
 * Exits non-zero when a figure misses its budget.
 */
import { execSync, spawn } from 'node:child_process';
import { firstLoadJs } from './first-load';
import { audit } from './lighthouse';
import { formatFigure, withinBudget, type Figure } from './report';

const PORT = 4173;
const BASE = `http://localhost:${PORT}`;

async function waitForServer(url: string, timeoutMs = 30_000): Promise<void> {
	const start = Date.now();
	while (Date.now() - start < timeoutMs) {
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	throw new Error(`server at ${url} did not start`);
}

const figures: Figure[] = [];
const print = (f: Figure) => {
	figures.push(f);
	console.log(formatFigure(f));
};

execSync('npm run build', { stdio: ['ignore', 'ignore', 'inherit'] });

const home = firstLoadJs('build', 'index.html');
print({
	name: 'home first-load JS (gzip)',
	value: home.gzipBytes / 1024,
	unit: 'kB',
	limit: 80,
	kind: 'max'
});
print({
	name: 'home first-load JS containing pinyin-pro',
	value: home.hasPinyinPro ? 1 : 0,
	unit: 'files',
	limit: 0,
	kind: 'max'
});

const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
	stdio: 'ignore',
	detached: true
});
try {
	await waitForServer(BASE);
	for (const [label, path] of [
		['home', '/'],
		['word page', '/words/kehu-guanxi']
	] as const) {
		const scores = await audit(`${BASE}${path}`);
		print({
			name: `lighthouse mobile performance (${label})`,
			value: scores.performance,
			unit: 'points',
			limit: 95,
			kind: 'min'
		});
		print({
			name: `lighthouse accessibility (${label})`,
			value: scores.accessibility,
			unit: 'points',
			limit: 100,
			kind: 'min'
		});
	}
} finally {
	if (server.pid) process.kill(-server.pid);
}

const missed = figures.filter((f) => !withinBudget(f));
if (missed.length > 0) {
	console.error(`${missed.length} figure(s) over budget`);
	process.exitCode = 1;
}
