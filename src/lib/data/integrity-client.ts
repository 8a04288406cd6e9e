/** Runs integrity checks and rebuilds in a worker; falls back to this thread where workers are missing. */
import type { SchedulerSettings } from '$lib/domain/scheduling/types';
import { database } from './db';
import { checkIntegrity, rebuildFromLog, type IntegrityReport } from './integrity';

type Reply = { ok: true; report: IntegrityReport; ms: number } | { ok: false; error: string };

/** Replays the log in a worker; `rebuild` first rewrites every card from it. */
export function runIntegrity(
	task: 'check' | 'rebuild',
	settings: SchedulerSettings
): Promise<IntegrityReport> {
	if (typeof Worker === 'undefined') {
		return task === 'rebuild'
			? rebuildFromLog(settings).then(() => checkIntegrity(settings))
			: checkIntegrity(settings);
	}
	return new Promise((resolve, reject) => {
		const worker = new Worker(new URL('../workers/integrity.worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = (event: MessageEvent<Reply>) => {
			worker.terminate();
			if (event.data.ok) resolve(event.data.report);
			else reject(new Error(event.data.error));
		};
		worker.onerror = (event) => {
			worker.terminate();
			reject(new Error(event.message));
		};
		worker.postMessage({ task, settings: structuredClone(settings), dbName: database().name });
	});
}
