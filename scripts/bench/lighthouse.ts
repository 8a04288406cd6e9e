/** Lighthouse's mobile audit (the default form factor) in Debian's Chromium. */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export interface LighthouseScores {
	performance: number;
	accessibility: number;
}

export async function audit(url: string): Promise<LighthouseScores> {
	const chrome = await chromeLauncher.launch({
		chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		chromeFlags: [
			'--headless=new',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run'
		]
	});
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			output: 'json',
			logLevel: 'error',
			onlyCategories: ['performance', 'accessibility']
		});
		const categories = result?.lhr.categories;
		// A run Lighthouse could not score (no paint seen, a protocol timeout) says why instead of a bare 0.
		const runtimeError = result?.lhr.runtimeError;
		if (runtimeError)
			console.error(`  lighthouse could not score ${url}: ${runtimeError.code} ${runtimeError.message}`);
		const failed = Object.values(result?.lhr.audits ?? {})
			.filter(
				(a) =>
					a.score !== null &&
					a.score < 1 &&
					categories?.accessibility?.auditRefs.some((r) => r.id === a.id && r.weight > 0)
			)
			.map((a) => a.id);
		if (failed.length > 0) console.error(`  accessibility audits below 1 on ${url}: ${failed.join(', ')}`);
		return {
			performance: Math.round((categories?.performance?.score ?? 0) * 100),
			accessibility: Math.round((categories?.accessibility?.score ?? 0) * 100)
		};
	} finally {
		chrome.kill();
	}
}
