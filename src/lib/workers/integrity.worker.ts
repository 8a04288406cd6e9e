/// <reference lib="webworker" />
/**
 * Replays the whole review log off the main thread: either checks stored card states against it
 * or rewrites them from it. The page stays responsive at a million reviews.
 */
import { AppDatabase, useDatabase } from '$lib/data/db';
import { checkIntegrity, rebuildFromLog } from '$lib/data/integrity';
import type { SchedulerSettings } from '$lib/domain/scheduling/types';

export type IntegrityRequest = { task: 'check' | 'rebuild'; settings: SchedulerSettings; dbName: string };

self.onmessage = async (event: MessageEvent<IntegrityRequest>) => {
	const started = performance.now();
	useDatabase(new AppDatabase(event.data.dbName));
	try {
		if (event.data.task === 'rebuild') await rebuildFromLog(event.data.settings);
		const report = await checkIntegrity(event.data.settings);
		postMessage({ ok: true, report, ms: performance.now() - started });
	} catch (error) {
		postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
	}
};
